package io.expresso.runtime.observe.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.expresso.runtime.ExecutionStatus;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.EventExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What a deployment holds in the registry, when it is let go, and how many stripes writers leave behind. */
class MetricsLifecycleTest {

    private static final String ARN = MetricsRecordingTest.ARN;
    private static final String LAMBDA = MetricsRecordingTest.LAMBDA;

    @Test
    void shouldForgetAMachineAndItsResourcesOnceItsLastDeploymentIsReleased() {
        MetricsRegistry registry = new MetricsRegistry(() -> 0, () -> 0);
        MachineMetrics first = registry.machine(ARN, List.of("A"), List.of(registry.resource(LAMBDA)));
        MachineMetrics second = registry.machine(ARN, List.of("A"), List.of(registry.resource(LAMBDA)));
        first.executionStarted();
        registry.release(first);
        assertEquals(1, registry.snapshot().machines().size());
        assertEquals(1, registry.snapshot().resources().size());

        registry.release(second);

        MetricsSnapshot snapshot = registry.endInterval();
        assertEquals(List.of(), snapshot.machines());
        assertEquals(List.of(), snapshot.resources());
        assertEquals(List.of(), EmfLines.of(snapshot));
    }

    @Test
    void shouldNotBringBackAReleasedMachineWhenAnExecutionStillRecordsIntoIt() {
        MetricsRegistry registry = new MetricsRegistry(() -> 0, () -> 0);
        MachineMetrics deleted = registry.machine(ARN, List.of("A"), List.of());
        deleted.executionStarted();
        registry.release(deleted);

        deleted.stateEntered(0);
        deleted.stateFinished(0, 1_000, false);
        deleted.executionFinished(ExecutionStatus.SUCCEEDED, 5_000);
        assertEquals(List.of(), registry.snapshot().machines());

        MachineMetrics recreated = registry.machine(ARN, List.of("A"), List.of());
        recreated.executionStarted();
        MachineSnapshot machine = registry.snapshot().machines().get(0);
        assertEquals(1, machine.total().started());
        assertEquals(0, machine.total().succeeded());
        assertEquals(0, machine.states().get(0).entered());
    }

    @Test
    void shouldDropTheStatesThatNoHeldDeploymentNames() {
        MetricsRegistry registry = new MetricsRegistry(() -> 0, () -> 0);
        MachineMetrics before = registry.machine(ARN, List.of("A", "B"), List.of());
        before.executionStarted();
        MachineMetrics after = registry.machine(ARN, List.of("B", "C"), List.of());

        registry.release(before);

        MachineSnapshot machine = registry.snapshot().machines().get(0);
        assertEquals(List.of("B", "C"), machine.states().stream().map(StateSnapshot::name).toList());
        assertEquals(1, machine.total().started());
        registry.release(after);
    }

    @Test
    void shouldReleaseADeploymentOnlyOnce() {
        MetricsRegistry registry = new MetricsRegistry(() -> 0, () -> 0);
        MachineMetrics released = registry.machine(ARN, List.of("A"), List.of(registry.resource(LAMBDA)));
        registry.machine(ARN, List.of("A"), List.of(registry.resource(LAMBDA)));

        registry.release(released);
        registry.release(released);

        MetricsSnapshot snapshot = registry.snapshot();
        assertEquals(List.of("A"), snapshot.machines().get(0).states().stream().map(StateSnapshot::name).toList());
        assertEquals(1, snapshot.resources().size());
    }

    @Test
    void shouldShareOneStripeAmongAnyNumberOfThreadsOutsideTheEventLoops() throws InterruptedException {
        MetricsRegistry registry = new MetricsRegistry(() -> 0, () -> 0);
        MachineMetrics machine = registry.machine(ARN, List.of(), List.of());
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            callers.add(new Thread(() -> {
                machine.executionThrottled();
                machine.executionFinished(ExecutionStatus.FAILED, 1_000);
            }));
        }
        for (Thread caller : callers) {
            caller.start();
        }
        for (Thread caller : callers) {
            caller.join();
        }

        assertEquals(1, machine.series().executions().stripeCount());
        ExecutionTotals total = registry.snapshot().machines().get(0).total();
        assertEquals(200, total.throttled());
        assertEquals(200, total.failed());
    }

    @Test
    void shouldGiveEachEventLoopAStripeOfItsOwn() throws Exception {
        MetricsRegistry registry = new MetricsRegistry(() -> 0, () -> 0);
        MachineMetrics machine = registry.machine(ARN, List.of(), List.of());
        EventLoopGroup loops = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        try {
            for (EventExecutor loop : loops) {
                loop.submit(machine::executionThrottled).get(10, TimeUnit.SECONDS);
            }
            machine.executionThrottled();
        } finally {
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).await();
        }

        assertEquals(3, machine.series().executions().stripeCount());
        assertEquals(3, registry.snapshot().machines().get(0).total().throttled());
    }
}
