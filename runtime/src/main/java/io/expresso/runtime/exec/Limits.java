package io.expresso.runtime.exec;

/** The Express quotas the engine enforces (docs/semantics/limits.md#per-execution). */
final class Limits {

    static final long EXPRESS_DURATION_MILLIS = 5 * 60 * 1000;
    /** 256 KiB of UTF-8 JSON for inputs, outputs, task parameters and results. */
    static final int MAX_PAYLOAD_BYTES = 262_144;

    private Limits() {
    }
}
