package io.expresso.runtime.observe.metrics;

import io.expresso.runtime.ExecutionStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything recorded under one state machine ARN, across its deployments: a redeployed machine
 * keeps its execution counts, and each state keeps its counts for as long as a deployment that
 * names it is held.
 */
final class MachineSeries {

    static final int STARTED = 0;
    static final int THROTTLED = 1;
    private static final int EXECUTION_TOTALS = 2;
    /** Interval counters: one per {@link ExecutionStatus}, by ordinal, then billed 100 ms units. */
    static final int BILLED_UNITS = ExecutionStatus.values().length;

    static final int ENTERED = 0;
    static final int STATE_SUCCEEDED = 0;
    static final int STATE_FAILED = 1;

    /** Execution times keep two significant digits; states keep one, as a machine has many. */
    private static final int EXECUTION_DIGITS = 2;
    private static final int STATE_DIGITS = 1;

    private final String arn;
    private final StripedSeries executions = new StripedSeries(EXECUTION_TOTALS, BILLED_UNITS + 1, EXECUTION_DIGITS);
    private final HeldSeries<StripedSeries> states = new HeldSeries<>(ignored -> new StripedSeries(1, 2, STATE_DIGITS));

    MachineSeries(String arn) {
        this.arn = arn;
    }

    String arn() {
        return arn;
    }

    StripedSeries executions() {
        return executions;
    }

    /** @return the series of the state named {@code name}, held for one more deployment */
    StripedSeries holdState(String name) {
        return states.hold(name);
    }

    /** Gives back a deployment's hold on a state's series. */
    void releaseState(String name, StripedSeries state) {
        states.release(name, state);
    }

    /** Reader: flips every series of this machine. */
    void collect() {
        executions.collect();
        states.forEach((name, state) -> state.collect());
    }

    /** Reader: ends the open interval at the last collection. */
    void startInterval() {
        executions.startInterval();
        states.forEach((name, state) -> state.startInterval());
    }

    /** Reader: @return what the last collection saw */
    MachineSnapshot snapshot() {
        List<StateSnapshot> stateSnapshots = new ArrayList<>();
        states.forEach((name, state) -> stateSnapshots.add(new StateSnapshot(name, state.total(ENTERED),
                state.count(STATE_FAILED), state.latency(), state.intervalLatency())));
        stateSnapshots.sort(Comparator.comparing(StateSnapshot::name));
        ExecutionTotals total = new ExecutionTotals(executions.total(STARTED), count(ExecutionStatus.SUCCEEDED),
                count(ExecutionStatus.FAILED), count(ExecutionStatus.TIMED_OUT), count(ExecutionStatus.ABORTED),
                executions.total(THROTTLED), executions.count(BILLED_UNITS) * MachineMetrics.BILLING_STEP_MILLIS);
        ExecutionTotals interval = new ExecutionTotals(executions.intervalTotal(STARTED),
                intervalCount(ExecutionStatus.SUCCEEDED), intervalCount(ExecutionStatus.FAILED),
                intervalCount(ExecutionStatus.TIMED_OUT), intervalCount(ExecutionStatus.ABORTED),
                executions.intervalTotal(THROTTLED),
                executions.intervalCount(BILLED_UNITS) * MachineMetrics.BILLING_STEP_MILLIS);
        return new MachineSnapshot(arn, total, interval, executions.latency(), executions.intervalLatency(),
                List.copyOf(stateSnapshots));
    }

    private long count(ExecutionStatus status) {
        return executions.count(status.ordinal());
    }

    private long intervalCount(ExecutionStatus status) {
        return executions.intervalCount(status.ordinal());
    }
}
