package io.expresso.runtime.observe.metrics;

/**
 * A state machine's execution counts over some span (since start, or one interval).
 *
 * @param started executions started (ExecutionsStarted)
 * @param succeeded executions that succeeded (ExecutionsSucceeded)
 * @param failed executions that failed (ExecutionsFailed)
 * @param timedOut executions that hit a time limit (ExecutionsTimedOut)
 * @param aborted executions aborted (ExecutionsAborted)
 * @param throttled starts or transitions delayed or refused by throttling (ExecutionThrottled)
 * @param billedMillis Express billed duration: each execution's time rounded up to 100 ms
 */
public record ExecutionTotals(long started, long succeeded, long failed, long timedOut, long aborted, long throttled,
        long billedMillis) {

    /** @return executions that ended, whatever their status */
    public long finished() {
        return succeeded + failed + timedOut + aborted;
    }

    /** @return whether nothing at all was counted */
    public boolean isIdle() {
        return started == 0 && finished() == 0 && throttled == 0;
    }
}
