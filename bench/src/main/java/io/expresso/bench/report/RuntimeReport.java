package io.expresso.bench.report;

import io.expresso.bench.runtime.DeployBenchmark;
import io.expresso.bench.runtime.WorkloadExecutionBenchmark;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes {@code perf-reports/runtime.md}: whole executions of the six shared workloads (JMH,
 * {@code io.expresso.bench.runtime.WorkloadExecutionBenchmark}) beside their hand-written ceilings,
 * judged against the runtime's targets, and the heap held by parked executions.
 *
 * <p>Usage: {@code RuntimeReport RESULTS.json REPORT.md [--quick] [--parked PARKED.json]}; without
 * {@code --parked} the report says the parked executions were not measured.
 */
public final class RuntimeReport {

    static final String BENCHMARK = "io.expresso.bench.runtime.WorkloadExecutionBenchmark.";
    private static final String CEILING = BENCHMARK + "ceiling";
    private static final String PARKED_OPTION = "parked";
    private static final String USAGE = "usage: RuntimeReport RESULTS.json REPORT.md [--quick] [--parked PARKED.json]";
    static final String THROUGHPUT = "thrpt";
    private static final String AVERAGE_TIME = "avgt";

    /** Each workload's target, and the JMH mode its figure comes from. */
    static final List<Goal> GOALS = List.of(
        new Goal("pass-chain", Target.throughputRatioAtLeast(0.75), THROUGHPUT),
        new Goal("choice-loop", Target.nanosAtMost(10_000), AVERAGE_TIME),
        new Goal("map-fanout", Target.throughputRatioAtLeast(0.5), THROUGHPUT),
        new Goal("parallel-4", Target.throughputRatioAtLeast(0.5), THROUGHPUT),
        new Goal("intrinsics", Target.throughputRatioAtLeast(0.5), THROUGHPUT),
        new Goal("order-pipeline", Target.throughputRatioAtLeast(0.5), THROUGHPUT));

    private static final String DEPLOY = "io.expresso.bench.runtime.DeployBenchmark.deploy";
    /** "Compiling a 50-state definition takes well under a millisecond." */
    static final Target DEPLOY_TARGET = Target.nanosAtMost(1_000_000);

    /** The heap a parked execution may hold beyond its payload. */
    static final Target PARKED_TARGET = Target.bytesAtMost(1024);

    /** The Expresso variants, each judged against the target. */
    private static final List<Variant> EXPRESSO = List.of(
        new Variant(BENCHMARK + "expresso", "Expresso, started from the benchmark thread, which waits for it"),
        new Variant(BENCHMARK + "expressoOnLoop", "Expresso, run on the event loop's own thread"));

    private final ReportDocument document;
    private final ParkedFigures parked;

    RuntimeReport(ReportDocument document, ParkedFigures parked) {
        this.document = document;
        this.parked = parked;
    }

    public static void main(String[] args) throws IOException {
        ReportArguments arguments;
        try {
            arguments = ReportArguments.parse(args, Set.of(PARKED_OPTION));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        Path parkedFile = arguments.files().get(PARKED_OPTION);
        ReportDocument document = ReportDocument.of(arguments);
        new RuntimeReport(document, parkedFile == null ? null : ParkedFigures.read(parkedFile)).write();
        document.save(arguments.report());
    }

    void write() {
        document.title("Runtime benchmarks", "bench/run-runtime");
        document.conditions();
        writeMethod();
        writeSummary();
        for (Goal goal : GOALS) {
            writeWorkload(goal);
        }
        writeDeploy();
        writeParked();
    }

    private void writeMethod() {
        line("## What one operation is");
        line("");
        line("One execution of a workload of `workloads/`, bytes in to bytes out: parse the compact input,");
        line("run the state machine (deployed once, before measuring) to completion, serialize the output.");
        line("Expresso runs in-process with one event loop; one benchmark thread drives it.");
        line("");
        line("- **from the benchmark thread** (`expresso`): the benchmark thread starts the execution and waits for");
        line("  its completion, as an embedding caller does. Each execution pays two thread hand-offs (enqueue and");
        line("  wake the loop; complete and wake the caller); the output is serialized on the benchmark thread.");
        line("- **on the loop thread** (`expressoOnLoop`): executions run back to back on the loop thread itself,");
        line("  as a server's loop runs what its requests start; one hand-off per batch of "
            + WorkloadExecutionBenchmark.BATCH + " is shared by them.");
        line("- **ceiling** (`ceiling`): the workload written by hand in plain Java over dsl-json (`Map`/`List`),");
        line("  no ASL; the order-pipeline handlers are plain methods.");
        line("");
        line("Set-up checked that all three produce the workload's expected output, compared as JSON values.");
        line("Allocation is JMH's `gc.alloc.rate.norm`, which counts every thread of the benchmark JVM, so the");
        line("loop thread's allocation is in it. Ratios are Expresso's throughput over the ceiling's.");
        line("");
    }

    private void writeSummary() {
        line("## Summary");
        line("");
        line("| workload | target | from the benchmark thread | verdict | on the loop thread | verdict |");
        line("| --- | --- | ---: | --- | ---: | --- |");
        for (Goal goal : GOALS) {
            StringBuilder row = new StringBuilder("| " + goal.workload() + " | " + goal.target().text());
            for (Variant variant : EXPRESSO) {
                double figure = judged(goal, variant);
                row.append(" | ").append(formatJudged(goal, figure)).append(" | ").append(goal.target().verdict(figure));
            }
            line(row.append(" |").toString());
        }
        line("| parked executions | " + PARKED_TARGET.text() + " beyond the payload | "
            + (parked == null ? "not measured | — " : Numbers.scaled(parked.bytesBeyondPayload()) + " B | "
                + PARKED_TARGET.verdict(parked.bytesBeyondPayload()))
            + " | | |");
        line("");
    }

    private void writeWorkload(Goal goal) {
        line("## " + goal.workload());
        line("");
        line("| variant | ops/s | µs/op | × ceiling throughput | alloc (B/op) | target | verdict |");
        line("| --- | ---: | ---: | ---: | ---: | --- | --- |");
        JmhResult ceiling = result(CEILING, goal, THROUGHPUT);
        for (Variant variant : EXPRESSO) {
            writeVariant(variant.label() + " (`" + ReportDocument.shortName(variant.method()) + "`)",
                result(variant.method(), goal, THROUGHPUT), result(variant.method(), goal, AVERAGE_TIME), ceiling,
                goal.target().text(), goal.target().verdict(judged(goal, variant)));
        }
        writeVariant("Hand-written ceiling (`" + ReportDocument.shortName(CEILING) + "`)",
            ceiling, result(CEILING, goal, AVERAGE_TIME), ceiling, "—", "—");
        line("");
    }

    /** Deploying a 50-state definition: validation and compilation into the closure tree. */
    private void writeDeploy() {
        JmhResult deploy = document.find(DEPLOY, "", AVERAGE_TIME);
        line("## Deploy");
        line("");
        line("Parsing, validating and compiling a definition of " + DeployBenchmark.STATES + " states (Pass with");
        line("templates and intrinsics, Choice with And, Task with Retry and Catch, Map with ItemSelector), as");
        line("CreateStateMachine does.");
        line("");
        line("| benchmark | µs/op | alloc (B/op) | target | verdict |");
        line("| --- | ---: | ---: | --- | --- |");
        line("| `" + ReportDocument.shortName(DEPLOY) + "` | "
            + (deploy == null ? "— | — | " : Numbers.withError(deploy.microsPerOp(), deploy.microsPerOpError()) + " | "
                + Numbers.scaled(deploy.allocatedBytesPerOp()) + " | ")
            + DEPLOY_TARGET.text() + " | " + (deploy == null ? "not measured" : DEPLOY_TARGET.verdict(deploy.nanosPerOp()))
            + " |");
        line("");
    }

    private void writeVariant(String label, JmhResult throughput, JmhResult averageTime, JmhResult ceiling,
            String target, String verdict) {
        double ratio = throughput == null || ceiling == null ? Double.NaN
            : throughput.opsPerSecond() / ceiling.opsPerSecond();
        JmhResult allocation = throughput != null ? throughput : averageTime;
        line("| " + label
            + " | " + (throughput == null ? "—" : Numbers.withError(throughput.opsPerSecond(), throughput.opsPerSecondError()))
            + " | " + (averageTime == null ? "—" : Numbers.withError(averageTime.microsPerOp(), averageTime.microsPerOpError()))
            + " | " + (Double.isNaN(ratio) ? "—" : Numbers.scaled(ratio) + "×")
            + " | " + (allocation == null ? "—" : Numbers.scaled(allocation.allocatedBytesPerOp()))
            + " | " + target
            + " | " + verdict
            + " |");
    }

    private void writeParked() {
        line("## Parked executions");
        line("");
        if (parked == null) {
            line("Not measured in this run.");
            line("");
            return;
        }
        line("`io.expresso.bench.runtime.ParkedExecutions`: starts N executions of a one-state machine that waits");
        line(parked.waitSeconds() + " s (time scale 1, real time) on one event loop, then compares the heap in use after");
        line("full collections (`System.gc()` four times, then `MemoryMXBean`) before the first start and once the");
        line("loop has run every start; the runtime is then shut down, aborting them. The payload's own heap is");
        line("measured apart (N parsed inputs kept in an array) and taken off.");
        line("");
        line("| | |");
        line("| --- | --- |");
        line("| executions parked at once | " + String.format(Locale.ROOT, "%,d", parked.executions()) + " |");
        line("| payload (input) | `" + parked.payload() + "`: " + parked.payload().length() + " B of JSON text, "
            + parked.payloadHeapBytes() + " B of heap per parsed copy |");
        line("| heap in use, before → with all parked | " + mebibytes(parked.heapBeforeBytes()) + " → "
            + mebibytes(parked.heapAfterBytes()) + " |");
        line("| heap per parked execution | " + Numbers.scaled(parked.bytesPerExecution()) + " B |");
        line("| beyond the payload | " + Numbers.scaled(parked.bytesBeyondPayload()) + " B |");
        line("| target | " + PARKED_TARGET.text() + " beyond the payload: **"
            + PARKED_TARGET.verdict(parked.bytesBeyondPayload()) + "** |");
        line("| time to start them all | " + parked.startMillis() + " ms |");
        line("| JVM | " + parked.jvm() + ", `" + parked.jvmFlags() + "`, " + parked.collectors() + " |");
        line("");
    }

    /** @return the figure {@code goal}'s target judges for {@code variant}, NaN when a result is missing */
    private double judged(Goal goal, Variant variant) {
        return judged(document, goal, variant.method());
    }

    /** @return the figure {@code goal}'s target judges for the benchmark {@code method} in {@code results}, NaN when a result is missing */
    static double judged(ReportDocument results, Goal goal, String method) {
        JmhResult row = results.find(method, "workload=" + goal.workload(), goal.mode());
        JmhResult ceiling = results.find(CEILING, "workload=" + goal.workload(), goal.mode());
        if (row == null) {
            return Double.NaN;
        }
        return goal.target().measured(row.nanosPerOp(), ceiling == null ? Double.NaN : ceiling.nanosPerOp());
    }

    /** @return a judged figure as the reports write it: a ratio, or a time for a time target */
    static String formatJudged(Goal goal, double figure) {
        if (Double.isNaN(figure)) {
            return "—";
        }
        return goal.mode().equals(AVERAGE_TIME) ? Numbers.scaled(figure / 1000) + " µs" : Numbers.scaled(figure) + "×";
    }

    private JmhResult result(String method, Goal goal, String mode) {
        return document.find(method, "workload=" + goal.workload(), mode);
    }

    private static String mebibytes(long bytes) {
        return Numbers.scaled(bytes / (1024.0 * 1024.0)) + " MiB";
    }

    private void line(String text) {
        document.line(text);
    }

    /**
     * @param workload the workload's name, the benchmark's {@code workload} parameter
     * @param target what Expresso should achieve on it
     * @param mode the JMH mode whose figure the target judges
     */
    record Goal(String workload, Target target, String mode) {
    }

    /** An Expresso benchmark method and what the report calls it. */
    private record Variant(String method, String label) {
    }
}
