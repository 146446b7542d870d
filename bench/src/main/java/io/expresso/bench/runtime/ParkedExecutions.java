package io.expresso.bench.runtime;

import io.expresso.bench.report.ParkedFigures;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonParser;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.RuntimeConfig;
import io.expresso.runtime.StateMachine;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;

/**
 * How much heap an execution holds while it is parked in a Wait state: starts N executions of a
 * definition that waits (60 s by default, real time) on one event loop, and compares the heap in
 * use after full collections before and after. The input is {@code {}}; what its parsed value
 * holds on the heap is measured apart and reported as the payload.
 *
 * <p>Usage: {@code ParkedExecutions [--executions N] [--wait-seconds S] [--out FILE.json]}. Run
 * with a heap large enough for N executions (bench/run-runtime gives it 8 GiB). Prints a summary and
 * writes the figures ({@link ParkedFigures}) for {@code RuntimeReport}. Fails if any execution ended
 * before the measurement, since then fewer than N were parked.
 */
public final class ParkedExecutions {

    private static final byte[] PAYLOAD = "{}".getBytes(StandardCharsets.UTF_8);
    /** Full collections before each reading: one can leave finalizable or weakly reachable garbage behind. */
    private static final int COLLECTIONS = 4;

    private final int executions;
    private final int waitSeconds;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    private ParkedExecutions(int executions, int waitSeconds) {
        this.executions = executions;
        this.waitSeconds = waitSeconds;
    }

    public static void main(String[] args) throws Exception {
        int executions = 1_000_000;
        int waitSeconds = 60;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--executions":
                    executions = Integer.parseInt(required(args[i], value));
                    break;
                case "--wait-seconds":
                    waitSeconds = Integer.parseInt(required(args[i], value));
                    break;
                case "--out":
                    out = Path.of(required(args[i], value));
                    break;
                default:
                    System.err.println("usage: ParkedExecutions [--executions N] [--wait-seconds S] [--out FILE.json]");
                    System.exit(2);
            }
            i++;
        }
        ParkedFigures figures = new ParkedExecutions(executions, waitSeconds).measure();
        System.out.printf(Locale.ROOT, "%d executions parked: %.0f B of heap each, %.0f B beyond the payload (%d B)%n",
            figures.executions(), figures.bytesPerExecution(), figures.bytesBeyondPayload(), figures.payloadHeapBytes());
        if (out != null) {
            figures.write(out);
            System.out.println("Wrote " + out);
        }
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private ParkedFigures measure() throws Exception {
        long payloadHeap = payloadHeapBytes();
        try (SingleLoopRuntime runtime = new SingleLoopRuntime(new RuntimeConfig().maxInFlight(executions + 1))) {
            Expresso expresso = runtime.expresso();
            StateMachine parked = expresso.deploy("parked", waitDefinition(waitSeconds));
            warmUp(expresso, expresso.deploy("unparked", waitDefinition(0)));

            long before = heapUsedAfterGc();
            long startNanos = System.nanoTime();
            for (int i = 0; i < executions; i++) {
                // Rejection (throttling) is decided at once; anything else fails later and shows in the count below.
                if (expresso.execute(parked, PAYLOAD).toCompletableFuture().isCompletedExceptionally()) {
                    throw new IllegalStateException("Execution " + i + " was refused");
                }
            }
            runtime.drain();
            long startMillis = (System.nanoTime() - startNanos) / 1_000_000;
            long after = heapUsedAfterGc();
            double measuredSeconds = (System.nanoTime() - startNanos) / 1e9;
            int parkedNow = expresso.inFlight();
            if (parkedNow != executions) {
                throw new IllegalStateException(parkedNow + " of " + executions + " executions were parked when the heap"
                    + " was read (" + measuredSeconds + " s after the first start); use a longer --wait-seconds");
            }
            if (!runtime.abortAndClose() && expresso.inFlight() != 0) {
                throw new IllegalStateException(expresso.inFlight() + " executions were still running after the shutdown");
            }
            return new ParkedFigures(executions, waitSeconds, new String(PAYLOAD, StandardCharsets.UTF_8), payloadHeap,
                before, after, startMillis,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()), collectors());
        }
    }

    /**
     * The heap each parsed {@code {}} holds: N parsed values kept in an array made before the first
     * reading, so the array's reference slots are not counted.
     */
    private long payloadHeapBytes() {
        Json[] kept = new Json[executions];
        long before = heapUsedAfterGc();
        for (int i = 0; i < kept.length; i++) {
            kept[i] = JsonParser.parse(PAYLOAD);
        }
        long after = heapUsedAfterGc();
        if (kept[kept.length - 1] == null) {
            throw new IllegalStateException("unreachable: keeps the parsed values alive until after the reading");
        }
        return Math.max(0, Math.round((after - before) / (double) kept.length));
    }

    /** Loads and compiles what an execution runs, so class loading does not count as parked heap. */
    private static void warmUp(Expresso expresso, StateMachine unparked) throws Exception {
        CompletableFuture<?>[] runs = new CompletableFuture<?>[10_000];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = expresso.execute(unparked, PAYLOAD).toCompletableFuture()
                .thenApply(SingleLoopRuntime::outputOf);
        }
        CompletableFuture.allOf(runs).get();
        ExecutionResult probe = expresso.execute(unparked, PAYLOAD).toCompletableFuture().get();
        SingleLoopRuntime.outputOf(probe);
    }

    private long heapUsedAfterGc() {
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String waitDefinition(int seconds) {
        return "{\"StartAt\":\"Park\",\"States\":{\"Park\":{\"Type\":\"Wait\",\"Seconds\":" + seconds + ",\"End\":true}}}";
    }

    private static String collectors() {
        StringJoiner names = new StringJoiner(", ");
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            names.add(collector.getName());
        }
        return names.toString();
    }
}
