package io.expresso.runtime.observe.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Holds every state machine's and Task resource's metrics, and the runtime's gauges; the one
 * place snapshots are collected from.
 *
 * <p>Registration ({@link #machine}, {@link #resource}) happens at deploy and is thread-safe.
 * Recording goes through the returned {@link MachineMetrics} and {@link ResourceMetrics}, never
 * through the registry. Collection ({@link #snapshot()}, {@link #endInterval()}) is serialised
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
    private final Map<String, MachineSeries> machines = new ConcurrentHashMap<>();
    private final Map<String, ResourceMetrics> resources = new ConcurrentHashMap<>();
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
     * ARN continues its counts; states are matched by name.
     *
     * @param stateMachineArn the machine's ARN (not a version's or an alias's)
     * @param stateNames every state, nested ones included, in the order that gives each its index
     */
    public MachineMetrics machine(String stateMachineArn, List<String> stateNames) {
        return new MachineMetrics(machines.computeIfAbsent(stateMachineArn, MachineSeries::new), stateNames);
    }

    /** @return the recorder for a Task resource, shared by every Task naming it */
    public ResourceMetrics resource(String resourceArn) {
        return resources.computeIfAbsent(resourceArn, ResourceMetrics::new);
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
            machines.values().forEach(MachineSeries::startInterval);
            resources.values().forEach(ResourceMetrics::startInterval);
            intervalStartMillis = snapshot.takenAtMillis();
            return snapshot;
        }
    }

    private MetricsSnapshot collect() {
        long now = System.currentTimeMillis();
        List<MachineSnapshot> machineSnapshots = new ArrayList<>(machines.size());
        for (MachineSeries machine : machines.values()) {
            machine.collect();
            machineSnapshots.add(machine.snapshot());
        }
        machineSnapshots.sort(Comparator.comparing(MachineSnapshot::stateMachineArn));
        List<ResourceSnapshot> resourceSnapshots = new ArrayList<>(resources.size());
        for (ResourceMetrics resource : resources.values()) {
            resource.collect();
            resourceSnapshots.add(resource.snapshot());
        }
        resourceSnapshots.sort(Comparator.comparing(ResourceSnapshot::resourceArn));
        return new MetricsSnapshot(now, intervalStartMillis, executionsInFlight.getAsLong(),
                logRecordsDropped.getAsLong(), List.copyOf(machineSnapshots), List.copyOf(resourceSnapshots));
    }
}
