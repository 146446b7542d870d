package io.expresso.bench.report;

import io.expresso.codec.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Writes {@code perf-reports/overload.md}: {@code expresso serve} with a small in-flight limit,
 * first at its own maximum (closed-loop, as many connections as it admits), then offered ten times
 * that rate open-loop over many more connections. It must refuse the excess with AWS's throttling
 * error and nothing else, never run more than its limit, and keep its memory bounded.
 *
 * <p>Reads the file {@code io.expresso.bench.http.HttpComparison} wrote for the run (levels
 * {@code closed} and {@value #OVERLOAD_LEVEL}, server samples, the limit). Beside the report, as PNG:
 * the accepted executions' latency curves ({@value #LATENCY_PLOT}) and the server's memory during
 * the last overload run ({@value #MEMORY_PLOT}).
 *
 * <p>Usage: {@code OverloadReport RUNS.json REPORT.md [--quick] [--conditions FILE]}
 */
public final class OverloadReport extends ServerRunsReport {

    /** The open-loop level of the overload: 1000% of the closed-loop maximum. */
    static final String OVERLOAD_LEVEL = "1000";
    static final String LATENCY_PLOT = "overload-latency.png";
    static final String MEMORY_PLOT = "overload-memory.png";
    private static final String USAGE = "usage: OverloadReport RUNS.json REPORT.md [--quick] [--conditions FILE]";

    OverloadReport(ReportDocument document, HttpRuns runs, Map<String, String> conditions) {
        super(document, runs, conditions);
    }

    public static void main(String[] args) throws IOException {
        LoadReportCommand.run(args, USAGE, (document, runs, conditions) -> new OverloadReport(document, HttpRuns.read(runs), conditions));
    }

    @Override
    String title() {
        return "Overload: ten times the admitted rate over HTTP";
    }

    @Override
    void writeMethod() {
        line("`expresso serve --max-in-flight " + Numbers.plain(runs.inFlightLimit()) + "` serving order-pipeline with its three functions");
        line("mocked (`bench/mocks/order-pipeline.mock.json`, 5 ms each, so an execution holds its slot at least 15 ms).");
        line("First closed-loop with as many connections as it admits: its maximum. Then open-loop at ten times that");
        line("rate over many more connections: every start beyond the limit must be refused at once with AWS's");
        line("`ThrottlingException`, nothing else may fail, and the server's memory must stay bounded. The server's");
        line("resident memory (`/proc`), heap in use (`jstat`) and executions in flight (`/metrics`) were sampled every");
        line("250 ms. Each figure is the median of the repetitions, their range in parentheses.");
    }

    @Override
    void writeFigures() {
        writeTable();
        writeChecks();
        line("![Latency of the accepted executions](" + LATENCY_PLOT + ")");
        line("");
        line("![Server memory during the last overload run](" + MEMORY_PLOT + ")");
        line("");
    }

    private void writeTable() {
        LevelTable table = new LevelTable(document, runs, "closed", OVERLOAD_LEVEL);
        line("## Figures");
        line("");
        table.header("closed-loop at the limit", "10× overload, open-loop");
        table.row("connections", run -> LoadFigures.number(run, "connections"), Numbers::whole);
        table.rowOfAll("offered requests/s", results -> LoadFigures.spread(results, run -> LoadFigures.number(run, "rate")).median() > 0
            ? LoadFigures.spread(results, run -> LoadFigures.number(run, "rate")).text(Numbers::whole) : "— (closed-loop)");
        table.row("accepted executions/s", run -> LoadFigures.number(run, "throughput"), Numbers::scaled);
        table.row("`ThrottlingException`/s", OverloadReport::throttledPerSecond, Numbers::whole);
        table.rowOfAll("other errors", results -> Long.toString(LoadFigures.throttled(LoadFigures.errorsByType(results), false)));
        for (String percentile : List.of("p50", "p99", "p99.9")) {
            table.row("accepted " + percentile, run -> LoadFigures.number(run, "latencyMicros", percentile), LoadFigures::micros);
        }
        table.serverRow("executions in flight, peak (`/metrics`)", ServerFigures::peakInFlight, Numbers::whole);
        table.serverRow("server resident memory, peak", ServerFigures::peakRssBytes, LoadFigures::mebibytes);
        table.serverRow("server heap in use, peak", ServerFigures::peakHeapUsedBytes, LoadFigures::mebibytes);
        table.serverRow("resident memory, 2nd half of the window / 1st half", ServerFigures::rssGrowth, ratio -> Numbers.scaled(ratio) + "×");
        line("");
        line("Latency counts from when each request was due; refused requests are not in it. Rates are per");
        line("second of the measured window; the warm-up and the drain after it are not counted. Refusing a start");
        line("still costs the server a request's decoding and a reply: where that takes its core, requests wait in");
        line("the load generator's queue, and the accepted executions' latency includes that wait.");
        line("");
    }

    private void writeChecks() {
        Checks checks = checks();
        line("## Checks");
        line("");
        line("| check | target | measured | verdict |");
        line("| --- | --- | --- | --- |");
        line("| errors other than throttling | 0 | " + checks.otherErrors() + " | " + verdict(checks.otherErrors() == 0) + " |");
        line("| starts refused at 10× | > 0, all `ThrottlingException` | " + checks.throttled() + " | " + verdict(checks.throttled() > 0) + " |");
        line("| executions in flight | ≤ " + Numbers.plain(runs.inFlightLimit()) + " | " + Numbers.whole(checks.peakInFlight()) + " | "
            + (Double.isNaN(checks.peakInFlight()) ? "—" : verdict(checks.inFlightWithinLimit())) + " |");
        line("| resident memory bounded | 2nd half ≤ " + Numbers.plain(ServerFigures.BOUNDED_GROWTH) + "× 1st half | "
            + Numbers.scaled(checks.rssGrowth()) + "× | " + (Double.isNaN(checks.rssGrowth()) ? "—" : verdict(checks.memoryBounded())) + " |");
        line("");
    }

    @Override
    public void plot(Path reports) throws IOException {
        LatencyCurveChart curves = new LatencyCurveChart("Accepted executions: at the limit's maximum and at 10× that rate")
            .curve("closed-loop at the limit", LoadFigures.curve(runs.results("closed")))
            .curve("10× overload (accepted)", LoadFigures.curve(runs.results(OVERLOAD_LEVEL)));
        if (curves.hasCurves()) {
            curves.save(reports.resolve(LATENCY_PLOT));
        }
        List<JsonObject> overload = runs.runs(OVERLOAD_LEVEL);
        if (!overload.isEmpty()) {
            ServerFigures last = ServerFigures.of(overload.get(overload.size() - 1));
            new MemoryChart("Server memory at 10× overload (last run)").samples(last.samples(), last.windowStart())
                .save(reports.resolve(MEMORY_PLOT));
        }
    }

    /** @return what the overload runs show against each check */
    Checks checks() {
        List<JsonObject> all = runs.results(OVERLOAD_LEVEL);
        List<ServerFigures> servers = runs.runs(OVERLOAD_LEVEL).stream().map(ServerFigures::of).collect(Collectors.toList());
        double peakInFlight = servers.stream().mapToDouble(ServerFigures::peakInFlight).filter(Double::isFinite).max().orElse(Double.NaN);
        double growth = Spread.of(servers.stream().mapToDouble(ServerFigures::rssGrowth).filter(Double::isFinite).toArray()).median();
        Map<String, Long> errors = LoadFigures.errorsByType(all);
        return new Checks(LoadFigures.throttled(errors, false), LoadFigures.throttled(errors, true), peakInFlight,
            runs.inFlightLimit(), growth);
    }

    /** @return the one-line verdict the summary gives: all four checks */
    String summaryLine() {
        if (runs.isEmpty()) {
            return "10× overload over HTTP: not measured in this run.";
        }
        Checks checks = checks();
        List<JsonObject> overload = runs.results(OVERLOAD_LEVEL);
        return "10× overload over HTTP (`--max-in-flight " + Numbers.plain(runs.inFlightLimit()) + "`, mocked order-pipeline): "
            + LoadFigures.spread(overload, run -> LoadFigures.number(run, "rate")).text(Numbers::scaled) + " requests/s offered, "
            + LoadFigures.spread(overload, run -> LoadFigures.number(run, "throughput")).text(Numbers::scaled) + " accepted/s, "
            + checks.throttled() + " `ThrottlingException`, " + checks.otherErrors() + " other errors, in flight ≤ "
            + Numbers.whole(checks.peakInFlight()) + ", resident memory " + Numbers.scaled(checks.rssGrowth())
            + "× from the first half to the second (target: only throttling, within the limit, memory bounded): **"
            + verdict(checks.passed()) + "** ([overload.md](overload.md)).";
    }

    private static double throttledPerSecond(JsonObject run) {
        return LoadFigures.throttled(LoadFigures.errorsByType(List.of(run)), true) / LoadFigures.number(run, "durationSeconds");
    }

    private static String verdict(boolean met) {
        return met ? "PASS" : "MISS";
    }


    /**
     * What the overload runs show.
     *
     * @param otherErrors errors of any type but throttling, all runs
     * @param throttled requests refused with {@code ThrottlingException}, all runs
     * @param peakInFlight the most executions in flight any sample saw; NaN without samples
     * @param limit the server's in-flight limit
     * @param rssGrowth resident memory, second half of the window over the first (median of the runs)
     */
    record Checks(long otherErrors, long throttled, double peakInFlight, double limit, double rssGrowth) {

        boolean inFlightWithinLimit() {
            return peakInFlight <= limit;
        }

        boolean memoryBounded() {
            return rssGrowth <= ServerFigures.BOUNDED_GROWTH;
        }

        /** @return whether every check passed; one that could not be made (no samples) is not passed */
        boolean passed() {
            return otherErrors == 0 && throttled > 0 && inFlightWithinLimit() && memoryBounded();
        }
    }
}
