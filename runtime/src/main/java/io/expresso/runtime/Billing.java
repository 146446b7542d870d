package io.expresso.runtime;

/**
 * What AWS bills a synchronous Express execution, as StartSyncExecution's {@code billingDetails}
 * reports it (docs/semantics/limits.md#billing).
 */
public final class Billing {

    private static final long MB = 1024 * 1024;

    private Billing() {
    }

    /** @return the run's wall time rounded up to the next 100 ms, at least 100 */
    public static long durationMillis(long runMillis) {
        return ((Math.max(1, runMillis) + 99) / 100) * 100;
    }

    /**
     * @param payloadBytes definition, input and output sizes together
     * @return AWS's memory estimate (50 MB plus the payloads) rounded up to a multiple of 64 MB
     */
    public static long memoryMb(long payloadBytes) {
        long estimatedMb = 50 + (payloadBytes + MB - 1) / MB;
        return ((estimatedMb + 63) / 64) * 64;
    }
}
