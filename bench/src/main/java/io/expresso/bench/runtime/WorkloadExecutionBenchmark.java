package io.expresso.bench.runtime;

import io.expresso.bench.Workloads;
import io.expresso.bench.ceiling.Ceiling;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.runtime.RuntimeConfig;
import io.expresso.runtime.StateMachine;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One execution of a shared workload, bytes in to bytes out: parse the compact input, run the
 * deployed state machine to completion, serialize the output. The definition is deployed once.
 *
 * <ul>
 *   <li>{@link #expresso}: the benchmark thread starts the execution on the runtime's one event
 *       loop and waits for its completion, as an embedding caller does. Each operation pays two
 *       thread hand-offs (enqueue and wake the loop; complete and wake the caller).</li>
 *   <li>{@link #expressoOnLoop}: {@value #BATCH} executions back to back on the loop thread itself,
 *       as a server's loop runs what its requests start; the batch's one hand-off is shared.</li>
 *   <li>{@link #ceiling}: the workload written by hand over dsl-json ({@link Ceiling}).</li>
 * </ul>
 * Set-up checks that all three produce the workload's expected output (as JSON values) and fails
 * otherwise.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class WorkloadExecutionBenchmark {

    /** Executions per {@link #expressoOnLoop} call: enough to make the batch's one hand-off negligible. */
    public static final int BATCH = 512;

    @Param({"pass-chain", "choice-loop", "map-fanout", "parallel-4", "intrinsics", "order-pipeline"})
    public String workload;

    private byte[] input;
    private SingleLoopRuntime runtime;
    private StateMachine machine;
    private LoopBatch loopBatch;
    private Ceiling handWritten;
    /** Touched by the benchmark thread only. */
    private final JsonSerializer serializer = new JsonSerializer();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        input = Workloads.compact(workload, "input");
        runtime = new SingleLoopRuntime(new RuntimeConfig()
            .taskHandlers(Workloads.taskHandlers()));
        machine = runtime.expresso().deploy(workload, Workloads.definition(workload));
        loopBatch = new LoopBatch(runtime.expresso(), runtime.loop(), machine, input);
        handWritten = Ceiling.of(workload);

        Json expected = JsonParser.parse(Workloads.compact(workload, "expected"));
        check("expresso", expresso(), expected);
        check("expressoOnLoop", expressoOnLoop(), expected);
        check("ceiling", ceiling(), expected);
    }

    private void check(String variant, byte[] output, Json expected) {
        Json actual = JsonParser.parse(output);
        if (!actual.equals(expected)) {
            throw new IllegalStateException(workload + " " + variant + " produced " + actual + ", expected " + expected);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        runtime.close();
    }

    @Benchmark
    public byte[] expresso() throws InterruptedException, ExecutionException {
        return serializer.write(SingleLoopRuntime.outputOf(
            runtime.expresso().execute(machine, input).toCompletableFuture().get()));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public byte[] expressoOnLoop() throws InterruptedException, ExecutionException {
        return loopBatch.run(BATCH).get();
    }

    @Benchmark
    public byte[] ceiling() {
        return handWritten.execute(input);
    }
}
