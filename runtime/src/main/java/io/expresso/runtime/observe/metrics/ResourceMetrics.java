package io.expresso.runtime.observe.metrics;

/**
 * The recording side of one Task resource's metrics, made at deploy by
 * {@link MetricsRegistry#resource(String)} and shared by every machine whose Tasks name the same
 * resource. Threading and cost as {@link MachineMetrics}: wait-free, allocation-free, any thread.
 *
 * <p>Per Task attempt call {@link #scheduled()}, then {@link #started()} when the handler is
 * invoked, then exactly one of {@link #succeeded(long)}, {@link #failed(long)} or
 * {@link #timedOut(long)}, with the time since it was scheduled (AWS's {@code …Time} metric).
 */
public final class ResourceMetrics {

    static final int SCHEDULED = 0;
    static final int STARTED = 1;
    private static final int TOTALS = 2;
    static final int SUCCEEDED = 0;
    static final int FAILED = 1;
    static final int TIMED_OUT = 2;
    private static final int INTERVAL_COUNTERS = 3;
    private static final int DIGITS = 2;

    private final String resourceArn;
    private final ResourceKind kind;
    private final StripedSeries series = new StripedSeries(TOTALS, INTERVAL_COUNTERS, DIGITS);

    ResourceMetrics(String resourceArn) {
        this.resourceArn = resourceArn;
        this.kind = ResourceKind.of(resourceArn);
    }

    /** @return the Task's {@code Resource} ARN */
    public String resourceArn() {
        return resourceArn;
    }

    /** @return whether AWS reports this resource as a Lambda function or a service integration */
    public ResourceKind kind() {
        return kind;
    }

    /** Counts a task scheduled. */
    public void scheduled() {
        series.stripe().increment(SCHEDULED);
    }

    /** Counts a task started. */
    public void started() {
        series.stripe().increment(STARTED);
    }

    /**
     * Counts a task that succeeded and records its duration.
     *
     * @param durationNanos from scheduled to closed, in nanoseconds
     */
    public void succeeded(long durationNanos) {
        series.stripe().record(SUCCEEDED, durationNanos);
    }

    /**
     * Counts a task that failed and records its duration.
     *
     * @param durationNanos from scheduled to closed, in nanoseconds
     */
    public void failed(long durationNanos) {
        series.stripe().record(FAILED, durationNanos);
    }

    /**
     * Counts a task that timed out (its TimeoutSeconds or HeartbeatSeconds passed) and records its duration.
     *
     * @param durationNanos from scheduled to closed, in nanoseconds
     */
    public void timedOut(long durationNanos) {
        series.stripe().record(TIMED_OUT, durationNanos);
    }

    /** Reader: flips the series. */
    void collect() {
        series.collect();
    }

    /** Reader: ends the open interval at the last collection. */
    void startInterval() {
        series.startInterval();
    }

    /** Reader: @return what the last collection saw */
    ResourceSnapshot snapshot() {
        TaskTotals total = new TaskTotals(series.total(SCHEDULED), series.total(STARTED), series.count(SUCCEEDED),
                series.count(FAILED), series.count(TIMED_OUT));
        TaskTotals interval = new TaskTotals(series.intervalTotal(SCHEDULED), series.intervalTotal(STARTED),
                series.intervalCount(SUCCEEDED), series.intervalCount(FAILED), series.intervalCount(TIMED_OUT));
        return new ResourceSnapshot(resourceArn, kind, total, interval, series.latency(), series.intervalLatency());
    }
}
