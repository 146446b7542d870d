package io.expresso.runtime.observe.metrics;

import io.expresso.runtime.ExecutionStatus;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The recording side of one deployment of a state machine, made once at deploy by
 * {@link MetricsRegistry#machine(String, List, List)} and kept with the compiled machine. States are
 * addressed by their index in the list of names given at deploy, so recording does no lookup by
 * name.
 *
 * <p>A deployment holds its machine's series, its states' and its Task resources' until
 * {@link MetricsRegistry#release(MachineMetrics)}. Recording after that is harmless: it goes into
 * series no longer reported, which are freed with the last execution that still records into them.
 *
 * <h2>Cost and threading</h2>
 * Every method may be called from any number of threads at once and never blocks, locks or
 * allocates (after the first record into a stripe, which creates it). Each event loop records
 * into a stripe of its own: counts with no duration are a plain increment and a release store; a
 * record with a duration adds two uncontended atomic increments (an HdrHistogram
 * {@code WriterReaderPhaser} critical section) around plain stores into the loop's own histogram.
 * Nothing is shared between loops, so loops never contend on a cache line. Every other thread
 * records into one stripe they share, with atomic adds: callers' threads are not the hot path,
 * and a stripe each would cost memory for every thread a caller ever used.
 *
 * <p>The price is memory: each stripe that records for a machine holds two execution-time
 * histograms (about 37 KB each, two significant digits from 1 ns to an hour) and two per state
 * it touches (about 5.5 KB each, one digit); the reader keeps two more of each.
 *
 * <h2>What to call when</h2>
 * <ul>
 *   <li>{@link #executionStarted()} when an execution is admitted;
 *       {@link #executionFinished(ExecutionStatus, long)} when it closes, once;
 *       {@link #executionThrottled()} when a start or a transition is refused or delayed by
 *       throttling.</li>
 *   <li>{@link #stateEntered(int)} on every {@code StateEntered};
 *       {@link #stateFinished(int, long, boolean)} when that state is left, with the time since
 *       it was entered. Iterations of a Map and branches of a Parallel count their inner states
 *       the same way.</li>
 * </ul>
 */
public final class MachineMetrics {

    /** Express executions are billed in steps of 100 ms, rounded up. */
    static final long BILLING_STEP_MILLIS = 100;
    private static final long BILLING_STEP_NANOS = BILLING_STEP_MILLIS * 1_000_000;

    private final String stateMachineArn;
    private final MachineSeries series;
    private final StripedSeries executions;
    private final List<String> stateNames;
    private final StripedSeries[] states;
    private final List<ResourceMetrics> resources;
    private final AtomicBoolean released = new AtomicBoolean();

    /** Holds a series for each state; takes over the holds the caller has on {@code resources}. */
    MachineMetrics(MachineSeries series, List<String> stateNames, List<ResourceMetrics> resources) {
        this.stateMachineArn = series.arn();
        this.series = series;
        this.executions = series.executions();
        this.stateNames = List.copyOf(stateNames);
        this.states = new StripedSeries[stateNames.size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = series.holdState(stateNames.get(i));
        }
        this.resources = List.copyOf(resources);
    }

    /** @return the ARN the metrics are reported under */
    public String stateMachineArn() {
        return stateMachineArn;
    }

    /** Counts an execution started (ExecutionsStarted). */
    public void executionStarted() {
        executions.stripe().increment(MachineSeries.STARTED);
    }

    /**
     * Counts an execution that ended, by status, and records its duration (ExecutionTime) and
     * billed duration (ExpressExecutionBilledDuration).
     *
     * @param durationNanos from start to close, in nanoseconds
     */
    public void executionFinished(ExecutionStatus status, long durationNanos) {
        executions.stripe().record(status.ordinal(), durationNanos, MachineSeries.BILLED_UNITS, billedSteps(durationNanos));
    }

    /** Counts an execution start or state transition refused or delayed by throttling (ExecutionThrottled). */
    public void executionThrottled() {
        executions.stripe().increment(MachineSeries.THROTTLED);
    }

    /**
     * Counts an entry into a state.
     *
     * @param state the state's index in the names given at deploy
     */
    public void stateEntered(int state) {
        states[state].stripe().increment(MachineSeries.ENTERED);
    }

    /**
     * Records a state's end and its duration.
     *
     * @param state the state's index in the names given at deploy
     * @param durationNanos from entry to exit, in nanoseconds
     * @param failed whether the state ended with an error, caught or not
     */
    public void stateFinished(int state, long durationNanos, boolean failed) {
        states[state].stripe().record(failed ? MachineSeries.STATE_FAILED : MachineSeries.STATE_SUCCEEDED, durationNanos);
    }

    MachineSeries series() {
        return series;
    }

    List<ResourceMetrics> resources() {
        return resources;
    }

    /**
     * Gives back the holds on the states' series, the first time only.
     *
     * @return whether this call released them; the caller then releases the machine's and the resources'
     */
    boolean releaseStates() {
        if (!released.compareAndSet(false, true)) {
            return false;
        }
        for (int i = 0; i < states.length; i++) {
            series.releaseState(stateNames.get(i), states[i]);
        }
        return true;
    }

    /** @return 100 ms steps billed for a run of {@code durationNanos}: rounded up, and at least one */
    private static long billedSteps(long durationNanos) {
        return Math.max(1, (durationNanos + BILLING_STEP_NANOS - 1) / BILLING_STEP_NANOS);
    }
}
