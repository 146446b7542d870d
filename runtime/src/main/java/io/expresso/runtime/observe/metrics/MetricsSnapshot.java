package io.expresso.runtime.observe.metrics;

import java.util.List;

/**
 * Everything the runtime measures, as of one collection. Counts and {@code duration}-style
 * latencies are since the runtime started; {@code interval}-style ones cover the <em>open
 * interval</em>, from {@link #intervalStartMillis()} (the last EMF report, or the start) to
 * {@link #takenAtMillis()}. Within one writer thread's records a snapshot is exact: every
 * execution counted as finished is in the execution-time histogram, and was counted as started.
 *
 * @param takenAtMillis when it was collected, epoch milliseconds
 * @param intervalStartMillis when the open interval began, epoch milliseconds
 * @param executionsInFlight executions started and not yet ended
 * @param logRecordsDropped execution log records dropped because the log buffer was full, since start
 * @param machines per state machine, ordered by ARN
 * @param resources per Task resource, ordered by ARN
 */
public record MetricsSnapshot(long takenAtMillis, long intervalStartMillis, long executionsInFlight,
        long logRecordsDropped, List<MachineSnapshot> machines, List<ResourceSnapshot> resources) {
}
