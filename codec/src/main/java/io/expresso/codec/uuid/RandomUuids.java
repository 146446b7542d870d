package io.expresso.codec.uuid;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random version-4 UUIDs in their lowercase, hyphenated text form, from one of two generators
 * chosen by what the value is for.
 */
public final class RandomUuids {

    /** The version nibble of the high half: 4, random. */
    private static final long VERSION_MASK = 0xF000L;
    private static final long VERSION_4 = 0x4000L;
    /** The two variant bits of the low half: 10, the IETF variant. */
    private static final long VARIANT_MASK = 0xC000_0000_0000_0000L;
    private static final long VARIANT_IETF = 0x8000_0000_0000_0000L;

    private RandomUuids() {
    }

    /**
     * For ids that must be unique, not secret: execution names, execution ARNs, request ids. Drawn
     * from the thread's own generator, because {@link UUID#randomUUID()} takes a lock shared by
     * every thread on each call.
     */
    public static String unique() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~VERSION_MASK) | VERSION_4;
        long low = (random.nextLong() & ~VARIANT_MASK) | VARIANT_IETF;
        return new UUID(high, low).toString();
    }

    /**
     * For values a workflow may use as secrets ({@code States.UUID()}): drawn from the cryptographic
     * generator, whatever it costs.
     */
    public static String unguessable() {
        return UUID.randomUUID().toString();
    }
}
