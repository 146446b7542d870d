package io.expresso.runtime.observe.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.runtime.ExecutionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class MetricsRecordingTest {

    static final String ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:orders";
    static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:charge";
    static final String SERVICE = "arn:aws:states:::lambda:invoke";

    private static final int THREADS = 4;
    private static final int RUNS = 20_000;

    @Test
    void shouldCountExactlyWhenSeveralThreadsRecordWhileAReaderCollects() throws Exception {
        MetricsRegistry registry = new MetricsRegistry(() -> 7, () -> 3);
        MachineMetrics machine = registry.machine(ARN, List.of("Validate", "Charge"), List.of());
        ResourceMetrics charge = registry.resource(LAMBDA);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            writers.add(new Thread(() -> {
                await(go);
                for (int i = 0; i < RUNS; i++) {
                    runOne(machine, charge, i);
                }
            }));
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicReference<String> broken = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                checkConsistent(registry.snapshot(), broken);
            }
        });
        writers.forEach(Thread::start);
        reader.start();
        go.countDown();
        for (Thread writer : writers) {
            writer.join();
        }
        writing.set(false);
        reader.join();
        assertEquals(null, broken.get());

        MetricsSnapshot snapshot = registry.snapshot();
        assertEquals(7, snapshot.executionsInFlight());
        assertEquals(3, snapshot.logRecordsDropped());
        long runs = (long) THREADS * RUNS;
        MachineSnapshot orders = snapshot.machines().get(0);
        ExecutionTotals total = orders.total();
        assertEquals(runs, total.started());
        assertEquals(runs / 4, total.succeeded());
        assertEquals(runs / 4, total.failed());
        assertEquals(runs / 4, total.timedOut());
        assertEquals(runs / 4, total.aborted());
        assertEquals(runs / 10, total.throttled());
        assertEquals(runs, orders.executionTime().count());
        assertEquals(THREADS * sumOfDurations(), orders.executionTime().sumNanos());
        StateSnapshot validate = orders.states().get(1);
        assertEquals("Validate", validate.name());
        assertEquals(runs, validate.entered());
        assertEquals(runs, validate.duration().count());
        assertEquals(runs / 5, validate.failed());
        ResourceSnapshot task = snapshot.resources().get(0);
        assertEquals(new TaskTotals(runs, runs, runs / 2, runs / 4, runs / 4), task.total());
        assertEquals(runs, task.duration().count());
    }

    /** One run of a two-state machine whose second state calls a Lambda function. */
    private static void runOne(MachineMetrics machine, ResourceMetrics charge, int i) {
        machine.executionStarted();
        if (i % 10 == 0) {
            machine.executionThrottled();
        }
        machine.stateEntered(0);
        machine.stateFinished(0, 1_000 + i, i % 5 == 0);
        machine.stateEntered(1);
        charge.scheduled();
        charge.started();
        switch (i % 4) {
            case 0, 1 -> charge.succeeded(50_000);
            case 2 -> charge.failed(60_000);
            default -> charge.timedOut(70_000);
        }
        machine.stateFinished(1, 60_000, false);
        machine.executionFinished(ExecutionStatus.values()[i % 4], duration(i));
    }

    private static long duration(int i) {
        return 100_000L + i;
    }

    private static long sumOfDurations() {
        long sum = 0;
        for (int i = 0; i < RUNS; i++) {
            sum += duration(i);
        }
        return sum;
    }

    /** Whatever the moment, each finished run is in the histogram once and was counted as started. */
    private static void checkConsistent(MetricsSnapshot snapshot, AtomicReference<String> broken) {
        for (MachineSnapshot machine : snapshot.machines()) {
            ExecutionTotals total = machine.total();
            if (total.finished() != machine.executionTime().count() || total.started() < total.finished()) {
                broken.compareAndSet(null, "inconsistent snapshot: " + total + ", histogram count " + machine.executionTime().count());
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void shouldKeepTheIntervalOpenAcrossSnapshotsAndStartANewOneAtEndInterval() {
        MetricsRegistry registry = new MetricsRegistry(() -> 0, () -> 0);
        MachineMetrics machine = registry.machine(ARN, List.of("Only"), List.of());
        machine.executionStarted();
        machine.executionFinished(ExecutionStatus.SUCCEEDED, 2_000_000);

        MetricsSnapshot first = registry.snapshot();
        assertEquals(1, first.machines().get(0).interval().succeeded());
        MetricsSnapshot ended = registry.endInterval();
        assertEquals(1, ended.machines().get(0).interval().started());
        assertEquals(1, ended.machines().get(0).intervalExecutionTime().count());
        assertEquals(first.intervalStartMillis(), ended.intervalStartMillis());

        machine.executionStarted();
        MetricsSnapshot next = registry.snapshot();
        MachineSnapshot orders = next.machines().get(0);
        assertEquals(ended.takenAtMillis(), next.intervalStartMillis());
        assertEquals(new ExecutionTotals(1, 0, 0, 0, 0, 0, 0), orders.interval());
        assertEquals(0, orders.intervalExecutionTime().count());
        assertEquals(new ExecutionTotals(2, 1, 0, 0, 0, 0, 100), orders.total());
        assertEquals(1, orders.executionTime().count());
    }

    @Test
    void shouldContinueAMachinesCountsWhenItIsDeployedAgain() {
        MetricsRegistry registry = new MetricsRegistry(() -> 0, () -> 0);
        MachineMetrics first = registry.machine(ARN, List.of("A", "B"), List.of());
        first.stateEntered(1);
        first.executionStarted();
        MachineMetrics second = registry.machine(ARN, List.of("B", "C"), List.of());
        second.stateEntered(0);
        second.executionStarted();

        MachineSnapshot machine = registry.snapshot().machines().get(0);
        assertEquals(2, machine.total().started());
        assertEquals(List.of("A", "B", "C"), machine.states().stream().map(StateSnapshot::name).toList());
        assertEquals(2, machine.states().get(1).entered());
    }

    @Test
    void shouldShareAResourceAndTellLambdaFunctionsFromServiceIntegrations() {
        MetricsRegistry registry = new MetricsRegistry(() -> 0, () -> 0);
        assertTrue(registry.resource(LAMBDA) == registry.resource(LAMBDA));
        assertEquals(ResourceKind.LAMBDA_FUNCTION, ResourceKind.of(LAMBDA));
        assertEquals(ResourceKind.LAMBDA_FUNCTION, ResourceKind.of("arn:aws-cn:lambda:cn-north-1:123456789012:function:f:live"));
        assertEquals(ResourceKind.SERVICE_INTEGRATION, ResourceKind.of(SERVICE));
        assertEquals(ResourceKind.SERVICE_INTEGRATION, ResourceKind.of("arn:aws:states:::dynamodb:putItem"));
        assertEquals(ResourceKind.SERVICE_INTEGRATION, ResourceKind.of("handler-name"));
    }

    @Test
    void shouldBillEachExecutionInStepsOf100MillisecondsRoundedUp() {
        MetricsRegistry registry = new MetricsRegistry(() -> 0, () -> 0);
        MachineMetrics machine = registry.machine(ARN, List.of(), List.of());
        machine.executionFinished(ExecutionStatus.SUCCEEDED, 0);
        machine.executionFinished(ExecutionStatus.SUCCEEDED, 1);
        machine.executionFinished(ExecutionStatus.SUCCEEDED, 100_000_000);
        machine.executionFinished(ExecutionStatus.FAILED, 100_000_001);
        assertEquals(100 + 100 + 100 + 200, registry.snapshot().machines().get(0).total().billedMillis());
    }

    @Test
    void shouldReadBucketsAndSamplesFromTheHistogram() {
        MetricsRegistry registry = new MetricsRegistry(() -> 0, () -> 0);
        MachineMetrics machine = registry.machine(ARN, List.of(), List.of());
        for (int i = 1; i <= 1_000; i++) {
            machine.executionFinished(ExecutionStatus.SUCCEEDED, i * 1_000L);
        }
        LatencySnapshot latency = registry.snapshot().machines().get(0).executionTime();
        // A value counts under a bound when its whole histogram bucket does: 9_000 is under 9_900, 10_000 is not.
        assertArrayEquals(new long[] {0, 9, 99, 1_000}, latency.countsAtOrBelow(new long[] {500, 9_900, 99_500, 2_000_000}));
        long[] samples = latency.samplesNanos(EmfLines.MAX_SAMPLES);
        assertEquals(EmfLines.MAX_SAMPLES, samples.length);
        assertEquals(latency.valueAtPercentileNanos(0), samples[0]);
        assertEquals(latency.maxNanos(), samples[samples.length - 1]);
        assertTrue(Math.abs(latency.valueAtPercentileNanos(50) - 500_000) <= 5_000);
        assertEquals(1_000, latency.count());
        assertEquals(500_500_000L, latency.sumNanos());
    }
}
