package io.expresso.bench.report;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Writes {@code perf-reports/observability.md}: what execution logging costs the event loop
 * ({@code io.expresso.bench.observe.LoggingCostBenchmark}), pass-chain and order-pipeline at OFF,
 * ERROR and ALL with execution data, judged against the targets (ERROR ≤ 2%, ALL with data ≤ 20%
 * of OFF's throughput), and the cost of recording one metric.
 *
 * <p>Usage: {@code ObservabilityReport RESULTS.json REPORT.md [--quick]}.
 */
public final class ObservabilityReport {

    private static final String LOGGING = "io.expresso.bench.observe.LoggingCostBenchmark.execution";
    private static final String THROUGHPUT = "thrpt";
    private static final List<String> WORKLOADS = List.of("pass-chain", "order-pipeline");
    /** The largest share of OFF's throughput each level may cost. */
    private static final List<Level> LEVELS = List.of(
        new Level("OFF", "nothing is logged", Double.NaN),
        new Level("ERROR", "a success logs nothing", 0.02),
        new Level("ALL_WITH_DATA", "every event, inputs and outputs included", 0.20));

    private final ReportDocument document;

    private ObservabilityReport(ReportDocument document) {
        this.document = document;
    }

    public static void main(String[] args) throws IOException {
        ReportArguments arguments;
        try {
            arguments = ReportArguments.parse(args, Set.of());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\nusage: ObservabilityReport RESULTS.json REPORT.md [--quick]");
            System.exit(2);
            return;
        }
        ReportDocument document = ReportDocument.of(arguments);
        new ObservabilityReport(document).write();
        document.save(arguments.report());
    }

    private void write() {
        document.title("Observability benchmarks", "bench/run-observability");
        document.conditions();
        document.line("## What is measured");
        document.line("");
        document.line("Executions of a workload run back to back on the event loop's own thread (as a server's loop runs");
        document.line("them), the machine deployed with the given logging level, records going to a real file. The loop");
        document.line("only hands each kept event to its ring (a fixed record plus references to the values it shows);");
        document.line("the logger thread, on the other core, encodes and writes. When the logger falls behind, the ring");
        document.line("fills and events are dropped and counted (`expresso_log_records_dropped_total`), never waited for:");
        document.line("at ALL with data and full speed the loop produces far more log bytes than one thread can write,");
        document.line("so most records of such a run are dropped; the figure is the cost on the loop.");
        document.line("");
        for (String workload : WORKLOADS) {
            writeWorkload(workload);
        }
    }

    private void writeWorkload(String workload) {
        JmhResult off = find(workload, "OFF");
        document.line("## " + workload);
        document.line("");
        document.line("| logging | what it writes | executions/s | cost vs OFF | target | verdict |");
        document.line("| --- | --- | ---: | ---: | --- | --- |");
        for (Level level : LEVELS) {
            JmhResult row = find(workload, level.name);
            double cost = row == null || off == null ? Double.NaN : 1 - row.opsPerSecond() / off.opsPerSecond();
            boolean judged = !Double.isNaN(level.maxCost);
            document.line("| " + level.name + " | " + level.meaning
                + " | " + (row == null ? "—" : Numbers.withError(row.opsPerSecond(), row.opsPerSecondError()))
                + " | " + (!judged || Double.isNaN(cost) ? "—" : Numbers.scaled(cost * 100) + " %")
                + " | " + (judged ? "≤ " + Numbers.scaled(level.maxCost * 100) + " %" : "—")
                + " | " + (!judged || Double.isNaN(cost) ? "—" : cost <= level.maxCost ? "PASS" : "MISS")
                + " |");
        }
        document.line("");
    }

    private JmhResult find(String workload, String level) {
        for (JmhResult result : document.resultsOf(LOGGING)) {
            List<String> params = List.of(result.params().split(", "));
            if (result.mode().equals(THROUGHPUT) && params.contains("logging=" + level)
                    && params.contains("workload=" + workload)) {
                return result;
            }
        }
        return null;
    }

    private record Level(String name, String meaning, double maxCost) {
    }
}
