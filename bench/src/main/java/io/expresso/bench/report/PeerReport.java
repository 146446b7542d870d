package io.expresso.bench.report;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code perf-reports/peer.md}: the peer aws-local-stepfunctions running each shared workload
 * in-process in Node, sequentially and with 256 executions in flight, from the JSON
 * {@code bench/peer/peer.mjs} writes.
 *
 * <p>Usage: {@code PeerReport PEER.json REPORT.md [--quick]}
 */
public final class PeerReport {

    private static final String USAGE = "usage: PeerReport PEER.json REPORT.md [--quick]";

    private final ReportDocument document;
    private final JsonObject figures;

    PeerReport(ReportDocument document, JsonObject figures) {
        this.document = document;
        this.figures = figures;
    }

    public static void main(String[] args) throws IOException {
        ReportArguments arguments;
        try {
            arguments = ReportArguments.parse(args, Set.of());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        ReportDocument document = new ReportDocument(List.of(),
            Files.getLastModifiedTime(arguments.results()).toInstant(), arguments.quick());
        new PeerReport(document, (JsonObject) JsonParser.parse(Files.readAllBytes(arguments.results()))).write();
        document.save(arguments.report());
    }

    void write() {
        document.title("The peer: aws-local-stepfunctions", "bench/run", "Node runs", "short runs");
        document.line("Each workload of `workloads/` run in-process by " + text("peer") + ", its Task states bound by");
        document.line("state name to the workload handlers (`taskResourceLocalHandlers`). One execution is bytes in, bytes");
        document.line("out: parse the input, run, serialize the output. Each figure is the median of the repetitions, their");
        document.line("range in parentheses (latency percentiles too: the median of each percentile over the repetitions).");
        document.line("");
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Node", text("node"));
        rows.put("Peer", text("peer"));
        rows.put("Repetitions", Numbers.plain(LoadFigures.number(figures, "repetitions")) + " per workload and mode; each run "
            + Numbers.plain(LoadFigures.number(figures, "durationSeconds")) + " s, after "
            + Numbers.plain(LoadFigures.number(figures, "warmupSeconds")) + " s of warm-up");
        rows.put("Finished", text("finished"));
        document.conditions(rows);
        document.line("| workload | output as expected | sequential executions/s | p50 | p99 | 256 in flight executions/s | p50 | p99 |");
        document.line("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (JsonObject workload : LoadFigures.objects(figures, "results")) {
            List<JsonObject> sequential = LoadFigures.objects(workload, "sequential");
            List<JsonObject> inFlight = LoadFigures.objects(workload, "inFlight256");
            document.line("| " + ((JsonString) workload.get("workload")).value() + " | "
                + (workload.get("outputMatches") == JsonBoolean.TRUE ? "yes" : "**no**") + " | "
                + mode(sequential) + " | " + mode(inFlight) + " |");
        }
        document.line("");
    }

    private static String mode(List<JsonObject> runs) {
        return LoadFigures.spread(runs, run -> LoadFigures.number(run, "throughput")).text(Numbers::scaled) + " | "
            + LoadFigures.spread(runs, run -> LoadFigures.number(run, "latencyMicros", "p50")).text(LoadFigures::micros) + " | "
            + LoadFigures.spread(runs, run -> LoadFigures.number(run, "latencyMicros", "p99")).text(LoadFigures::micros);
    }

    private String text(String key) {
        Json value = figures.get(key);
        return value instanceof JsonString ? ((JsonString) value).value() : "unknown";
    }
}
