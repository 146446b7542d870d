package io.expresso.runtime.exec;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Version-4 UUIDs from {@link ThreadLocalRandom}: unique enough for execution names and request
 * ids, without {@link UUID#randomUUID()}'s shared {@code SecureRandom} on every execution.
 */
public final class RandomUuid {

    private RandomUuid() {
    }

    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
