package io.expresso.bench.report;

import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes {@code perf-reports/README.md}: the headline figures of every part beside their targets.
 * Per workload, Expresso in-process against its hand-written ceiling and against the peer; HTTP
 * against the bare-Netty ceiling; the parked executions. Each part's own report has the details.
 *
 * The scale section adds the 10× overload and the mocked order-pipeline under load. Beside the
 * summary, as PNG: each workload's throughput, Expresso's, the ceiling's and the peer's
 * ({@value #THROUGHPUT_PLOT}).
 *
 * <p>Usage: {@code SummaryReport RUNTIME_RESULTS.json REPORT.md [--quick] [--peer PEER.json]
 * [--http FOLDER] [--parked PARKED.json] [--overload RUNS.json] [--mocked RUNS.json]
 * [--fuzz FIGURES.json]}; a part not given is shown as not measured.
 */
public final class SummaryReport {

    private static final String USAGE = "usage: SummaryReport RUNTIME_RESULTS.json REPORT.md [--quick] [--peer PEER.json]"
        + " [--http FOLDER] [--parked PARKED.json] [--overload RUNS.json] [--mocked RUNS.json] [--fuzz FIGURES.json]";
    static final String THROUGHPUT_PLOT = "throughput.png";
    /**
     * The headline is Expresso run on its event loop's own thread, as a server's loop runs what its
     * requests start: the engine's cost. A caller thread that waits for each execution adds two
     * thread hand-offs per execution (runtime.md shows that variant too).
     */
    private static final String EXPRESSO = RuntimeReport.BENCHMARK + "expressoOnLoop";
    private static final String CEILING = RuntimeReport.BENCHMARK + "ceiling";
    private static final Target PEER_TARGET = Target.throughputRatioAtLeast(50);

    private final ReportDocument document;
    private final JsonObject peer;
    private final Path http;
    private final ParkedFigures parked;
    private final HttpRuns overload;
    private final HttpRuns mocked;
    /** The fuzz part's figures (FuzzMain's {@code --summary}), or {@code null} when it did not run. */
    private final JsonObject fuzz;

    SummaryReport(ReportDocument document, JsonObject peer, Path http, ParkedFigures parked, HttpRuns overload, HttpRuns mocked,
            JsonObject fuzz) {
        this.document = document;
        this.peer = peer;
        this.http = http;
        this.parked = parked;
        this.overload = overload;
        this.mocked = mocked;
        this.fuzz = fuzz;
    }

    public static void main(String[] args) throws IOException {
        ReportArguments arguments;
        try {
            arguments = ReportArguments.parse(args, Set.of("peer", "http", "parked", "overload", "mocked", "fuzz"));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        Map<String, Path> files = arguments.files();
        ReportDocument document = ReportDocument.of(arguments);
        JsonObject peer = object(files.get("peer"));
        ParkedFigures parked = files.containsKey("parked") ? ParkedFigures.read(files.get("parked")) : null;
        SummaryReport summary = new SummaryReport(document, peer, files.get("http"), parked, runs(files.get("overload")),
            runs(files.get("mocked")), object(files.get("fuzz")));
        summary.write();
        document.save(arguments.report());
        summary.plot(arguments.report().toAbsolutePath().getParent());
    }

    /** @return the JSON object in {@code file}, or {@code null} without one */
    private static JsonObject object(Path file) throws IOException {
        return file == null ? null : (JsonObject) JsonParser.parse(Files.readAllBytes(file));
    }

    /** @return the runs of {@code file}, none without one */
    private static HttpRuns runs(Path file) throws IOException {
        return file == null ? HttpRuns.none() : HttpRuns.read(file);
    }

    void write() throws IOException {
        document.title("Expresso performance: summary", "bench/run", "JMH, load-generator and Node runs", "short runs");
        line("Ratios measured side by side in one run are the headline; absolute figures depend on the machine.");
        line("Details: [runtime.md](runtime.md), [codec.md](codec.md), [http.md](http.md), [peer.md](peer.md), [overload.md](overload.md), "
            + "[mocked.md](mocked.md), [fuzz.md](fuzz.md), [observability.md](observability.md) (logging cost, bench/run-observability); "
            + "[analysis.md](analysis.md) says, by hand, why each miss of a run misses.");
        line("");
        document.conditions();
        writeWorkloads();
        writeHttp();
        writeScale();
        writeFuzz();
    }

    private void writeWorkloads() {
        line("## Per workload: in-process against the ceiling and against the peer");
        line("");
        line("Expresso run on its event loop's own thread (`expressoOnLoop` in runtime.md, the engine's own cost), against");
        line("the hand-written Java ceiling (JMH, same run) and against aws-local-stepfunctions run sequentially in Node.");
        line("");
        line("| workload | Expresso executions/s | vs ceiling | target | verdict | peer executions/s | vs peer | target | verdict |");
        line("| --- | ---: | ---: | --- | --- | ---: | ---: | --- | --- |");
        for (RuntimeReport.Goal goal : RuntimeReport.GOALS) {
            JmhResult expresso = document.find(EXPRESSO, "workload=" + goal.workload(), RuntimeReport.THROUGHPUT);
            double expressoPerSecond = expresso == null ? Double.NaN : expresso.opsPerSecond();
            double judged = RuntimeReport.judged(document, goal, EXPRESSO);
            Spread peerPerSecond = peerThroughput(goal.workload());
            double peerRatio = expressoPerSecond / peerPerSecond.median();
            line("| " + goal.workload() + " | " + Numbers.scaled(expressoPerSecond)
                + " | " + RuntimeReport.formatJudged(goal, judged) + " | " + goal.target().text() + " | " + goal.target().verdict(judged)
                + " | " + peerPerSecond.text(Numbers::scaled) + " | " + (Double.isNaN(peerRatio) ? "—" : Numbers.scaled(peerRatio) + "×")
                + " | ≥ 50× peer | " + PEER_TARGET.verdict(peerRatio) + " |");
        }
        line("");
        line("![Throughput per workload: Expresso, the ceiling and the peer](" + THROUGHPUT_PLOT + ")");
        line("");
    }

    /** Writes the plot the summary embeds into {@code reports}, the summary's folder. */
    void plot(Path reports) throws IOException {
        List<String> workloads = RuntimeReport.GOALS.stream().map(RuntimeReport.Goal::workload).collect(Collectors.toList());
        double[] expresso = new double[workloads.size()];
        double[] ceiling = new double[workloads.size()];
        double[] peerPerSecond = new double[workloads.size()];
        for (int i = 0; i < workloads.size(); i++) {
            expresso[i] = opsPerSecond(EXPRESSO, workloads.get(i));
            ceiling[i] = opsPerSecond(CEILING, workloads.get(i));
            peerPerSecond[i] = peerThroughput(workloads.get(i)).median();
        }
        ThroughputBarChart bars = new ThroughputBarChart("Executions/s in-process: Expresso on its loop, the Java ceiling, the peer", workloads, true)
            .series("Expresso", expresso)
            .series("hand-written Java ceiling", ceiling)
            .series("aws-local-stepfunctions (sequential)", peerPerSecond);
        if (bars.hasBars()) {
            bars.save(reports.resolve(THROUGHPUT_PLOT));
        }
    }

    private double opsPerSecond(String method, String workload) {
        JmhResult result = document.find(method, "workload=" + workload, RuntimeReport.THROUGHPUT);
        return result == null ? Double.NaN : result.opsPerSecond();
    }

    private Spread peerThroughput(String workload) {
        for (JsonObject result : LoadFigures.objects(peer, "results")) {
            if (result.get("workload") instanceof JsonString && ((JsonString) result.get("workload")).value().equals(workload)) {
                return LoadFigures.spread(LoadFigures.objects(result, "sequential"), run -> LoadFigures.number(run, "throughput"));
            }
        }
        return Spread.of(new double[0]);
    }

    private void writeHttp() throws IOException {
        line("## HTTP: StartSyncExecution against the bare-Netty ceiling");
        line("");
        if (http == null) {
            line("Not measured in this run.");
            line("");
            return;
        }
        HttpReport report = new HttpReport(document, http, Map.of());
        line("Maximum throughput, closed-loop:");
        line("");
        report.writeMaximum();
        line("![Closed-loop maximum, Expresso and the ceiling](" + HttpReport.THROUGHPUT_PLOT + ")");
        line("");
        report.writeHalfLoadP99();
    }

    private void writeScale() {
        line("## Scale");
        line("");
        line("- " + (parked == null ? "Parked executions: not measured in this run."
            : "Heap per parked execution beyond its payload: " + Numbers.scaled(parked.bytesBeyondPayload()) + " B ("
                + RuntimeReport.PARKED_TARGET.text() + ": " + RuntimeReport.PARKED_TARGET.verdict(parked.bytesBeyondPayload()) + ")."));
        line("- " + new OverloadReport(document, overload, Map.of()).summaryLine());
        line("- " + new MockedLoadReport(document, mocked, Map.of()).summaryLine());
        line("");
    }

    private void writeFuzz() {
        line("## Fuzz");
        line("");
        if (fuzz == null) {
            line("Not run in this run.");
        } else {
            line(String.format(Locale.ROOT, "%,d generated cases (seed %.0f) through parse, validate, compile and execute in %.0f s:"
                + " %.0f distinct findings ([fuzz.md](fuzz.md)).",
                (long) LoadFigures.number(fuzz, "cases"), LoadFigures.number(fuzz, "seed"), LoadFigures.number(fuzz, "seconds"),
                LoadFigures.number(fuzz, "findings")));
        }
        line("");
    }

    private void line(String text) {
        document.line(text);
    }
}
