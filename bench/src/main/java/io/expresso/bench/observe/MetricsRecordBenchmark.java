package io.expresso.bench.observe;

import io.expresso.runtime.ExecutionStatus;
import io.expresso.runtime.observe.metrics.MachineMetrics;
import io.expresso.runtime.observe.metrics.MetricsRegistry;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@link MachineMetrics#executionFinished} record — a status count, billed time and an
 * execution-time histogram value — from one thread, and from two threads recording into the
 * same machine as two event loops would. Run with {@code -prof gc}: recording allocates nothing,
 * and the two-thread figure per operation stays that of one thread because each thread writes a
 * stripe of its own.
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
            metrics = registry.machine("arn:aws:states:us-east-1:123456789012:stateMachine:bench", List.of("A", "B"));
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
    public void executionFinishedOneThread(Machine machine, Durations durations) {
        machine.metrics.executionFinished(ExecutionStatus.SUCCEEDED, durations.next());
    }

    @Benchmark
    @Threads(2)
    public void executionFinishedTwoThreads(Machine machine, Durations durations) {
        machine.metrics.executionFinished(ExecutionStatus.SUCCEEDED, durations.next());
    }
}
