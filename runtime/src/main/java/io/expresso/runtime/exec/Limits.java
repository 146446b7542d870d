package io.expresso.runtime.exec;

/** The Express quotas the engine enforces (docs/semantics/limits.md#per-execution). */
final class Limits {

    static final long EXPRESS_DURATION_MILLIS = 5 * 60 * 1000;

    private Limits() {
    }
}
