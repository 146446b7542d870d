package io.expresso.bench.observe;

import io.expresso.bench.Workloads;
import io.expresso.bench.runtime.LoopBatch;
import io.expresso.bench.runtime.SingleLoopRuntime;
import io.expresso.runtime.RuntimeConfig;
import io.expresso.runtime.StateMachine;
import io.expresso.runtime.observe.LogLevel;
import io.expresso.runtime.observe.LoggingConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * What logging costs an execution: the same workload run on the loop thread with its machine
 * logging OFF, at ERROR (a success writes nothing), and at ALL with execution data, records going
 * to a real file through the logger thread (on the other core). The loop only hands records to its
 * ring; encoding and writing happen off the loop, so the cost on the loop is the figure measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class LoggingCostBenchmark {

    private static final int BATCH = 512;

    @Param({"pass-chain", "order-pipeline"})
    public String workload;

    @Param({"OFF", "ERROR", "ALL_WITH_DATA"})
    public String logging;

    private SingleLoopRuntime runtime;
    private LoopBatch loopBatch;
    private Path logFile;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        logFile = Files.createTempFile("expresso-logging-cost", ".jsonl");
        runtime = new SingleLoopRuntime(new RuntimeConfig()
            .taskHandlers(Workloads.taskHandlers())
            .logFile(logFile));
        LoggingConfiguration configuration = "ALL_WITH_DATA".equals(logging)
            ? new LoggingConfiguration(LogLevel.ALL, true)
            : new LoggingConfiguration(LogLevel.valueOf(logging), false);
        StateMachine machine = runtime.expresso().deploy(workload, Workloads.definition(workload),
            "arn:aws:iam::123456789012:role/bench", configuration);
        loopBatch = new LoopBatch(runtime.expresso(), runtime.loop(), machine, Workloads.compact(workload, "input"));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException, IOException {
        // A logger that fell behind drops records, which would flatter the figure: show how many.
        System.out.println("log records dropped: " + runtime.expresso().logRecordsDropped()
            + ", log file bytes: " + Files.size(logFile));
        runtime.close();
        Files.deleteIfExists(logFile);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public byte[] execution() throws InterruptedException, ExecutionException {
        return loopBatch.run(BATCH).get();
    }
}
