package io.expresso.runtime.observe.metrics;

import io.expresso.runtime.ExecutionStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything recorded under one state machine ARN, across its deployments: a redeployed machine
 * keeps its execution counts, and each state keeps its counts for as long as a state of that
 * name exists.
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
    private final Map<String, StripedSeries> states = new ConcurrentHashMap<>();

    MachineSeries(String arn) {
        this.arn = arn;
    }

    String arn() {
        return arn;
    }

    StripedSeries executions() {
        return executions;
    }

    /** @return the series of the state named {@code name}, made on first use */
    StripedSeries state(String name) {
        return states.computeIfAbsent(name, ignored -> new StripedSeries(1, 2, STATE_DIGITS));
    }

    /** Reader: flips every series of this machine. */
    void collect() {
        executions.collect();
        states.values().forEach(StripedSeries::collect);
    }

    /** Reader: ends the open interval at the last collection. */
    void startInterval() {
        executions.startInterval();
        states.values().forEach(StripedSeries::startInterval);
    }

    /** Reader: @return what the last collection saw */
    MachineSnapshot snapshot() {
        List<StateSnapshot> stateSnapshots = new ArrayList<>(states.size());
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
