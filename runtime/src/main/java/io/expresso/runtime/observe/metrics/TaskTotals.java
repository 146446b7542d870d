package io.expresso.runtime.observe.metrics;

/**
 * A Task resource's counts over some span (since start, or one interval): AWS's
 * {@code LambdaFunctions*} or {@code ServiceIntegrations*} Scheduled / Started / Succeeded /
 * Failed / TimedOut.
 */
public record TaskTotals(long scheduled, long started, long succeeded, long failed, long timedOut) {

    /** @return whether nothing at all was counted */
    public boolean isIdle() {
        return scheduled == 0 && started == 0 && succeeded == 0 && failed == 0 && timedOut == 0;
    }
}
