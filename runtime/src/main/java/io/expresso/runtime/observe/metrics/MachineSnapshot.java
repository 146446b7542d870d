package io.expresso.runtime.observe.metrics;

import java.util.List;

/**
 * One state machine's metrics.
 *
 * @param stateMachineArn the machine's ARN, the {@code StateMachineArn} dimension
 * @param total counts since start
 * @param interval counts over the open interval
 * @param executionTime start-to-close durations since start (ExecutionTime)
 * @param intervalExecutionTime the same, over the open interval
 * @param states per state, ordered by name
 */
public record MachineSnapshot(String stateMachineArn, ExecutionTotals total, ExecutionTotals interval,
        LatencySnapshot executionTime, LatencySnapshot intervalExecutionTime, List<StateSnapshot> states) {
}
