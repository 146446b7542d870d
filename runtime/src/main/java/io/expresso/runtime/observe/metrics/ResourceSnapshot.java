package io.expresso.runtime.observe.metrics;

/**
 * One Task resource's metrics.
 *
 * @param resourceArn the Task's {@code Resource}
 * @param kind whether AWS reports it as a Lambda function or a service integration
 * @param total counts since start
 * @param interval counts over the open interval
 * @param duration scheduled-to-closed durations of ended tasks since start (LambdaFunctionTime, ServiceIntegrationTime)
 * @param intervalDuration the same, over the open interval
 */
public record ResourceSnapshot(String resourceArn, ResourceKind kind, TaskTotals total, TaskTotals interval,
        LatencySnapshot duration, LatencySnapshot intervalDuration) {
}
