package io.expresso.runtime.observe.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Holds every state machine's and Task resource's metrics, and the runtime's gauges; the one
 * place snapshots are collected from.
 *
 * <p>Registration ({@link #machine}, {@link #resource}) happens at deploy and is thread-safe. Each
 * deployment holds the series it records into until it is {@linkplain #release(MachineMetrics)
 * released}; a series that no deployment holds any more leaves the snapshots, so a deleted machine
 * is not reported again and a machine created later under its name starts from zero. Recording
 * goes through the returned {@link MachineMetrics} and {@link ResourceMetrics}, never through the
 * registry. Collection ({@link #snapshot()}, {@link #endInterval()}) is serialised
 * by a reader lock that writers never take: a collection may wait for a writer to leave a
 * critical section a few nanoseconds long, a writer never waits for anything. Collect off the
 * event loops.
 *
 * <p>There is one <em>open interval</em>: the span since the last {@link #endInterval()} (the EMF
 * reporter's), or since the start. {@link #snapshot()} reports it without ending it, so scrapes
 * and embedded readers do not disturb the EMF intervals.
 */
public final class MetricsRegistry {

    private final LongSupplier executionsInFlight;
    private final LongSupplier logRecordsDropped;
    private final HeldSeries<MachineSeries> machines = new HeldSeries<>(MachineSeries::new);
    private final HeldSeries<ResourceMetrics> resources = new HeldSeries<>(ResourceMetrics::new);
    private final Object readerLock = new Object();
    /** Guarded by {@link #readerLock}. */
    private long intervalStartMillis = System.currentTimeMillis();

    /**
     * @param executionsInFlight executions started and not yet ended, read at each collection
     * @param logRecordsDropped log records dropped since start because the log buffer was full
     */
    public MetricsRegistry(LongSupplier executionsInFlight, LongSupplier logRecordsDropped) {
        this.executionsInFlight = executionsInFlight;
        this.logRecordsDropped = logRecordsDropped;
    }

    /**
     * Makes the recorder for one deployment of a state machine. Deploying again under the same
     * ARN while an earlier deployment is held continues its counts; states are matched by name.
     *
     * @param stateMachineArn the machine's ARN (not a version's or an alias's)
     * @param stateNames every state, nested ones included, in the order that gives each its index
     * @param resources the recorders of the machine's Tasks, from {@link #resource}: the deployment
     *     takes over those holds and gives them back when released
     */
    public MachineMetrics machine(String stateMachineArn, List<String> stateNames, List<ResourceMetrics> resources) {
        return new MachineMetrics(machines.hold(stateMachineArn), stateNames, resources);
    }

    /**
     * Gives back what a deployment holds: once no deployment of its machine is held, the machine's
     * series are no longer reported; a state or a resource goes when no deployment names it. A
     * second release of the same deployment does nothing. Executions still running may go on
     * recording; what they record is not reported.
     */
    public void release(MachineMetrics deployment) {
        if (deployment.releaseStates()) {
            machines.release(deployment.stateMachineArn(), deployment.series());
            deployment.resources().forEach(this::release);
        }
    }

    /**
     * @return the recorder for a Task resource, shared by every Task naming it, held once more until
     *     {@link #release(ResourceMetrics)} or the release of the deployment it is given to
     */
    public ResourceMetrics resource(String resourceArn) {
        return resources.hold(resourceArn);
    }

    /** Gives back one hold on a resource's recorder, taken by {@link #resource} for a deployment that was never made. */
    public void release(ResourceMetrics resource) {
        resources.release(resource.resourceArn(), resource);
    }

    /** Collects a snapshot; the open interval stays open. */
    public MetricsSnapshot snapshot() {
        synchronized (readerLock) {
            return collect();
        }
    }

    /** Collects a snapshot whose open interval ends now, and starts the next interval. */
    public MetricsSnapshot endInterval() {
        synchronized (readerLock) {
            MetricsSnapshot snapshot = collect();
            machines.forEach((arn, machine) -> machine.startInterval());
            resources.forEach((arn, resource) -> resource.startInterval());
            intervalStartMillis = snapshot.takenAtMillis();
            return snapshot;
        }
    }

    private MetricsSnapshot collect() {
        long now = System.currentTimeMillis();
        List<MachineSnapshot> machineSnapshots = new ArrayList<>();
        machines.forEach((arn, machine) -> {
            machine.collect();
            machineSnapshots.add(machine.snapshot());
        });
        machineSnapshots.sort(Comparator.comparing(MachineSnapshot::stateMachineArn));
        List<ResourceSnapshot> resourceSnapshots = new ArrayList<>();
        resources.forEach((arn, resource) -> {
            resource.collect();
            resourceSnapshots.add(resource.snapshot());
        });
        resourceSnapshots.sort(Comparator.comparing(ResourceSnapshot::resourceArn));
        return new MetricsSnapshot(now, intervalStartMillis, executionsInFlight.getAsLong(),
                logRecordsDropped.getAsLong(), List.copyOf(machineSnapshots), List.copyOf(resourceSnapshots));
    }
}
