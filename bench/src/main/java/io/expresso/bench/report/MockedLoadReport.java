package io.expresso.bench.report;

import io.expresso.codec.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code perf-reports/mocked.md}: the load-testing use. order-pipeline served by
 * {@code expresso serve --mock-config} with its three functions mocked at 5 ms each, driven over
 * HTTP by as many connections as executions are to be in flight (10,000 in the full run), then at a
 * tenth of that rate open-loop, where latency shows the floor the mocked delays set.
 *
 * <p>Reads the file {@code io.expresso.bench.http.HttpComparison} wrote for the run (levels
 * {@code closed} and {@value #LIGHT_LEVEL}, with server samples). Beside the report, as PNG: the
 * latency curves of both ({@value #LATENCY_PLOT}) and the server's memory during the last
 * closed-loop run ({@value #MEMORY_PLOT}).
 *
 * <p>Usage: {@code MockedLoadReport RUNS.json REPORT.md [--quick] [--conditions FILE]}
 */
public final class MockedLoadReport extends ServerRunsReport {

    /** The light open-loop level: 10% of the closed-loop maximum. */
    static final String LIGHT_LEVEL = "10";
    static final String LATENCY_PLOT = "mocked-latency.png";
    static final String MEMORY_PLOT = "mocked-memory.png";
    private static final String USAGE = "usage: MockedLoadReport RUNS.json REPORT.md [--quick] [--conditions FILE]";
    private static final List<String> PERCENTILES = List.of("p50", "p90", "p99", "p99.9", "max");

    MockedLoadReport(ReportDocument document, HttpRuns runs, Map<String, String> conditions) {
        super(document, runs, conditions);
    }

    public static void main(String[] args) throws IOException {
        LoadReportCommand.run(args, USAGE, (document, runs, conditions) -> new MockedLoadReport(document, HttpRuns.read(runs), conditions));
    }

    @Override
    String title() {
        return "Mocked order-pipeline: executions in flight over HTTP";
    }

    @Override
    void writeMethod() {
        line("The load-testing use: order-pipeline (Validate → Choice → Map of 5 Price → Charge) served by");
        line("`expresso serve --mock-config bench/mocks/order-pipeline.mock.json`, each Task answered by its mock after a");
        line("5 ms `Delay` (a timer on the execution's loop, no thread waits). StartSyncExecution on");
        line("`order-pipeline#Downstream5ms`, whose output is the workload's expected output (`MockedOrderPipelineTest`).");
        line("The floor of one execution is three delays in a row, 15 ms: Validate, then the five Price calls at once");
        line("(the Map's MaxConcurrency is 0), then Charge. Closed-loop with one connection per execution to hold in");
        line("flight; then open-loop at a tenth of that throughput, where latency shows the floor. The server's");
        line("executions in flight (`/metrics`), resident memory and heap in use were sampled every 250 ms. Each");
        line("figure is the median of the repetitions, their range in parentheses.");
    }

    @Override
    void writeFigures() {
        LevelTable table = new LevelTable(document, runs, "closed", LIGHT_LEVEL);
        table.header("closed-loop, one connection per execution", "open-loop at 10% of that");
        table.row("connections", run -> LoadFigures.number(run, "connections"), Numbers::whole);
        table.row("executions/s", run -> LoadFigures.number(run, "throughput"), Numbers::scaled);
        for (String percentile : PERCENTILES) {
            table.row(percentile, run -> LoadFigures.number(run, "latencyMicros", percentile), LoadFigures::micros);
        }
        table.rowOfAll("errors", HttpReport::errors);
        table.row("requests outstanding (executions/s × mean latency)", MockedLoadReport::outstanding, Numbers::whole);
        table.serverRow("executions in flight in the server, peak (`/metrics`)", ServerFigures::peakInFlight, Numbers::whole);
        table.serverRow("server resident memory, peak", ServerFigures::peakRssBytes, LoadFigures::mebibytes);
        table.serverRow("server heap in use, peak", ServerFigures::peakHeapUsedBytes, LoadFigures::mebibytes);
        line("");
        line("Requests outstanding is Little's law over the client's figures: what the connections hold at once.");
        line("Executions in flight is the engine's own count; the difference is requests waiting in socket buffers");
        line("to be read, and replies on their way back, while the server's one core is busy.");
        line("");
        line("![Latency percentiles of the mocked order-pipeline](" + LATENCY_PLOT + ")");
        line("");
        line("![Server memory during the last closed-loop run](" + MEMORY_PLOT + ")");
        line("");
    }

    @Override
    public void plot(Path reports) throws IOException {
        LatencyCurveChart curves = new LatencyCurveChart("Mocked order-pipeline (three 5 ms delays in a row)")
            .curve("closed-loop, " + connections("closed") + " connections", LoadFigures.curve(runs.results("closed")))
            .curve("open-loop at 10% of that", LoadFigures.curve(runs.results(LIGHT_LEVEL)));
        if (curves.hasCurves()) {
            curves.save(reports.resolve(LATENCY_PLOT));
        }
        List<JsonObject> closed = runs.runs("closed");
        if (!closed.isEmpty()) {
            ServerFigures last = ServerFigures.of(closed.get(closed.size() - 1));
            new MemoryChart("Server memory, " + connections("closed") + " connections (last run)").samples(last.samples(), last.windowStart())
                .save(reports.resolve(MEMORY_PLOT));
        }
    }

    /** @return the line the summary gives */
    String summaryLine() {
        if (runs.isEmpty()) {
            return "Mocked order-pipeline over HTTP: not measured in this run.";
        }
        List<JsonObject> closed = runs.results("closed");
        return "Mocked order-pipeline over HTTP (three 5 ms mocked calls in a row), " + connections("closed") + " connections: "
            + LoadFigures.spread(closed, run -> LoadFigures.number(run, "throughput")).text(Numbers::scaled) + " executions/s, p50 "
            + LoadFigures.spread(closed, run -> LoadFigures.number(run, "latencyMicros", "p50")).text(LoadFigures::micros) + ", p99 "
            + LoadFigures.spread(closed, run -> LoadFigures.number(run, "latencyMicros", "p99")).text(LoadFigures::micros) + ", errors "
            + HttpReport.errors(closed) + ", peak "
            + LevelTable.server(runs, "closed", ServerFigures::peakInFlight).text(Numbers::whole) + " executions in flight in the server, resident memory ≤ "
            + LevelTable.server(runs, "closed", ServerFigures::peakRssBytes).text(LoadFigures::mebibytes) + "; at 10% of that rate p50 "
            + LoadFigures.spread(runs.results(LIGHT_LEVEL), run -> LoadFigures.number(run, "latencyMicros", "p50")).text(LoadFigures::micros)
            + " (floor 15 ms) ([mocked.md](mocked.md)).";
    }

    private String connections(String level) {
        return Numbers.whole(LoadFigures.spread(runs.results(level), run -> LoadFigures.number(run, "connections")).median());
    }

    /** @return Little's law on the client's side: requests answered per second times their mean latency */
    private static double outstanding(JsonObject run) {
        return LoadFigures.number(run, "throughput") * LoadFigures.number(run, "latencyMicros", "mean") / 1e6;
    }

}
