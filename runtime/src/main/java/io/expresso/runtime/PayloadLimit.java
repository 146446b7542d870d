package io.expresso.runtime;

/**
 * The Express quota on payloads, in one place: execution inputs and outputs, state inputs and
 * outputs, task parameters and results, and nested-execution inputs may each hold at most 256 KiB
 * of UTF-8 JSON text.
 */
public final class PayloadLimit {

    /** The largest payload AWS accepts, in bytes of UTF-8. */
    public static final int MAX_BYTES = 262_144;

    private PayloadLimit() {
    }
}
