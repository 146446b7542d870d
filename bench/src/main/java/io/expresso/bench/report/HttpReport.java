package io.expresso.bench.report;

import io.expresso.codec.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes {@code perf-reports/http.md}: StartSyncExecution over HTTP, Expresso against the bare-Netty
 * ceiling, from the files {@code bench/run} leaves in one folder, {@code WORKLOAD.SERVER.json} as
 * {@code io.expresso.bench.http.HttpComparison} writes them (SERVER is {@code expresso} or
 * {@code ceiling}), and a conditions file of {@code name: value} lines.
 *
 * <p>Beside the report, as PNG: the closed-loop maxima as bars ({@value #THROUGHPUT_PLOT}) and
 * each workload's latency percentile curves at every load level, Expresso's and the ceiling's
 * ({@code http-latency-WORKLOAD.png}).
 *
 * <p>Usage: {@code HttpReport FOLDER REPORT.md [--quick] [--conditions FILE]}
 */
public final class HttpReport implements LoadReportCommand.Report {

    private static final String USAGE = "usage: HttpReport FOLDER REPORT.md [--quick] [--conditions FILE]";
    private static final List<String> WORKLOADS = List.of("pass-chain", "order-pipeline");
    private static final List<String> SERVERS = List.of("expresso", "ceiling");
    private static final List<String> LEVELS = List.of("25", "50", "75");
    static final String THROUGHPUT_PLOT = "http-throughput.png";
    private static final Target THROUGHPUT_TARGET = Target.throughputRatioAtLeast(0.7);
    /** p99 at half the maximum rate, in nanoseconds. */
    private static final Target P99_AT_HALF_TARGET = Target.nanosAtMost(1_000_000);

    private final ReportDocument document;
    private final Path folder;
    private final Map<String, String> conditions;

    HttpReport(ReportDocument document, Path folder, Map<String, String> conditions) {
        this.document = document;
        this.folder = folder;
        this.conditions = conditions;
    }

    public static void main(String[] args) throws IOException {
        LoadReportCommand.run(args, USAGE, HttpReport::new);
    }

    @Override
    public void write() throws IOException {
        document.title("HTTP benchmarks: StartSyncExecution", "bench/run", "load-generator runs", "short runs");
        line("Expresso (`ExpressoServer` with the workload handlers bound, as `./expresso serve`) and the bare-Netty");
        line("ceiling (a fixed StartSyncExecution reply of the same shape and size) driven by the same load generator");
        line("with the same connections. Each figure is the median of the repetitions, their range in parentheses.");
        line("");
        LoadReportCommand.conditions(document, conditions);
        line("## Maximum throughput (closed-loop)");
        line("");
        writeMaximum();
        line("![Closed-loop maximum, Expresso and the ceiling](" + THROUGHPUT_PLOT + ")");
        line("");
        for (String workload : WORKLOADS) {
            writeOpenLoop(workload);
        }
    }

    @Override
    public void plot(Path reports) throws IOException {
        ThroughputBarChart bars = new ThroughputBarChart("StartSyncExecution over HTTP: closed-loop maximum", WORKLOADS, false);
        for (String server : SERVERS) {
            double[] perSecond = new double[WORKLOADS.size()];
            for (int i = 0; i < WORKLOADS.size(); i++) {
                perSecond[i] = LoadFigures.spread(runs(WORKLOADS.get(i), server, "closed"), run -> LoadFigures.number(run, "throughput")).median();
            }
            bars.series(label(server), perSecond);
        }
        if (bars.hasBars()) {
            bars.save(reports.resolve(THROUGHPUT_PLOT));
        }
        for (String workload : WORKLOADS) {
            LatencyCurveChart curves = new LatencyCurveChart(workload + ": latency at a fixed rate (share of each server's maximum)");
            for (String server : SERVERS) {
                for (String level : LEVELS) {
                    curves.curve(label(server) + " " + level + "%", LoadFigures.curve(runs(workload, server, level)));
                }
            }
            if (curves.hasCurves()) {
                curves.save(reports.resolve(latencyPlot(workload)));
            }
        }
    }

    static String latencyPlot(String workload) {
        return "http-latency-" + workload + ".png";
    }

    private static String label(String server) {
        return server.equals("expresso") ? "Expresso" : "ceiling";
    }

    /** Writes the closed-loop table: each workload's maximum throughput, Expresso beside the ceiling. */
    void writeMaximum() throws IOException {
        line("| workload | Expresso executions/s | ceiling executions/s | Expresso / ceiling | target | verdict |");
        line("| --- | ---: | ---: | ---: | --- | --- |");
        for (String workload : WORKLOADS) {
            Spread expresso = LoadFigures.spread(runs(workload, "expresso", "closed"), run -> LoadFigures.number(run, "throughput"));
            Spread ceiling = LoadFigures.spread(runs(workload, "ceiling", "closed"), run -> LoadFigures.number(run, "throughput"));
            double ratio = expresso.median() / ceiling.median();
            line("| " + workload + " | " + expresso.text(Numbers::scaled) + " | " + ceiling.text(Numbers::scaled) + " | "
                + Numbers.scaled(ratio) + "× | " + THROUGHPUT_TARGET.text() + " | " + THROUGHPUT_TARGET.verdict(ratio) + " |");
        }
        line("");
    }

    /** Writes Expresso's p99 at half its maximum rate for each workload, against the target. */
    void writeHalfLoadP99() throws IOException {
        line("| workload | Expresso p99 at 50% of its maximum | target | verdict |");
        line("| --- | ---: | --- | --- |");
        for (String workload : WORKLOADS) {
            Spread p99 = latency(runs(workload, "expresso", "50"), "p99");
            line("| " + workload + " | " + p99.text(LoadFigures::micros) + " | ≤ 1 ms | " + P99_AT_HALF_TARGET.verdict(p99.median() * 1_000) + " |");
        }
        line("");
    }

    private void writeOpenLoop(String workload) throws IOException {
        line("## " + workload + ": latency at a fixed rate (open-loop)");
        line("");
        line("Latency from when each request was due (corrected for coordinated omission); rates are a share of each");
        line("server's own closed-loop maximum. Target for Expresso at 50%: p99 ≤ 1 ms.");
        line("");
        line("| server | load | rate/s | executions/s | p50 | p90 | p99 | p99.9 | max | errors | verdict |");
        line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
        for (String server : SERVERS) {
            for (String level : LEVELS) {
                List<JsonObject> runs = runs(workload, server, level);
                Spread p99 = latency(runs, "p99");
                String verdict = server.equals("expresso") && level.equals("50") ? P99_AT_HALF_TARGET.verdict(p99.median() * 1_000) : "—";
                line("| " + server + " | " + level + "% | " + Numbers.scaled(LoadFigures.spread(runs, run -> LoadFigures.number(run, "rate")).median())
                    + " | " + LoadFigures.spread(runs, run -> LoadFigures.number(run, "throughput")).text(Numbers::scaled)
                    + " | " + latency(runs, "p50").text(LoadFigures::micros) + " | " + latency(runs, "p90").text(LoadFigures::micros)
                    + " | " + p99.text(LoadFigures::micros) + " | " + latency(runs, "p99.9").text(LoadFigures::micros)
                    + " | " + latency(runs, "max").text(LoadFigures::micros) + " | " + errors(runs) + " | " + verdict + " |");
            }
        }
        line("");
        line("![" + workload + ": latency percentiles at each load](" + latencyPlot(workload) + ")");
        line("");
    }

    private static Spread latency(List<JsonObject> runs, String percentile) {
        return LoadFigures.spread(runs, run -> LoadFigures.number(run, "latencyMicros", percentile));
    }

    /** @return the errors of all the runs, by type, or 0 */
    static String errors(List<JsonObject> runs) {
        Map<String, Long> byType = LoadFigures.errorsByType(runs);
        return byType.isEmpty() ? "0" : byType.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    /** @return the results of {@code server}'s runs of {@code workload} at {@code level}; none when it did not run */
    private List<JsonObject> runs(String workload, String server, String level) throws IOException {
        return HttpRuns.read(folder.resolve(workload + "." + server + ".json")).results(level);
    }

    static Map<String, String> readConditions(Path file) throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String row : Files.readAllLines(file)) {
            int colon = row.indexOf(':');
            if (colon > 0) {
                rows.put(row.substring(0, colon).trim(), row.substring(colon + 1).trim());
            }
        }
        return rows;
    }

    private void line(String text) {
        document.line(text);
    }
}
