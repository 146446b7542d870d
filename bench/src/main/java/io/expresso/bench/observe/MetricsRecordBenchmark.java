package io.expresso.bench.observe;

import io.expresso.runtime.ExecutionStatus;
import io.expresso.runtime.observe.metrics.MachineMetrics;
import io.expresso.runtime.observe.metrics.MetricsRegistry;
import io.netty.channel.DefaultEventLoop;
import io.netty.channel.EventLoop;
import io.netty.util.internal.ThreadExecutorMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@link MachineMetrics#executionFinished} record — a status count, billed time and an
 * execution-time histogram value — from one thread, and from two threads recording into the
 * same machine as two event loops would. Run with {@code -prof gc}: recording allocates nothing,
 * and the two-thread figure per operation stays that of one thread because each loop writes a
 * stripe of its own.
 *
 * <p>The runtime gives a stripe of its own only to a thread that runs an event loop, so each
 * benchmark thread poses as one ({@link Loop}). The last benchmark leaves that out: two threads
 * outside the loops, which share one stripe and pay for atomic adds on the same cache lines.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class MetricsRecordBenchmark {

    /** The machine every thread records into, as every loop records into a deployed machine's metrics. */
    @State(Scope.Benchmark)
    public static class Machine {

        MachineMetrics metrics;

        @Setup
        public void setUp() {
            MetricsRegistry registry = new MetricsRegistry(() -> 0, () -> 0);
            metrics = registry.machine("arn:aws:states:us-east-1:123456789012:stateMachine:bench", List.of("A", "B"), List.of());
        }
    }

    /** Makes the benchmark thread count as an event loop, as the runtime's loops do, for as long as it runs. */
    @State(Scope.Thread)
    public static class Loop {

        private EventLoop loop;

        @Setup
        public void setUp() {
            loop = new DefaultEventLoop();
            ThreadExecutorMap.setCurrentExecutor(loop);
        }

        @TearDown
        public void tearDown() {
            ThreadExecutorMap.setCurrentExecutor(null);
            loop.shutdownGracefully();
        }
    }

    /** Durations that walk over 1 µs to about 1 ms, so records land in many histogram buckets. */
    @State(Scope.Thread)
    public static class Durations {

        private long next;

        long next() {
            next = (next + 7_919) & 0xF_FFFF;
            return 1_000 + next;
        }
    }

    @Benchmark
    @Threads(1)
    public void executionFinishedOneThread(Machine machine, Loop loop, Durations durations) {
        machine.metrics.executionFinished(ExecutionStatus.SUCCEEDED, durations.next());
    }

    @Benchmark
    @Threads(2)
    public void executionFinishedTwoThreads(Machine machine, Loop loop, Durations durations) {
        machine.metrics.executionFinished(ExecutionStatus.SUCCEEDED, durations.next());
    }

    @Benchmark
    @Threads(2)
    public void executionFinishedTwoThreadsOutsideTheLoops(Machine machine, Durations durations) {
        machine.metrics.executionFinished(ExecutionStatus.SUCCEEDED, durations.next());
    }
}
