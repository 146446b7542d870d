package io.expresso.bench.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary sets Expresso's in-process throughput against the ceiling's and the peer's, each beside its target. */
final class SummaryReportTest {

    @TempDir
    Path http;

    private static JmhResult throughput(String method, String workload, double opsPerMicro) {
        return new JmhResult(RuntimeReport.BENCHMARK + method, "thrpt", "workload=" + workload, opsPerMicro, 0.01,
            "ops/us", 1000, "mode thrpt", "JDK 17", "-Xmx1g");
    }

    private String write(String peer) throws IOException {
        return write(peer, null);
    }

    private String write(String peer, String fuzz) throws IOException {
        List<JmhResult> results = new ArrayList<>();
        for (RuntimeReport.Goal goal : RuntimeReport.GOALS) {
            results.add(throughput("expressoOnLoop", goal.workload(), 0.2));
            results.add(throughput("ceiling", goal.workload(), 0.25));
        }
        ReportDocument document = new ReportDocument(results, Instant.EPOCH, false);
        new SummaryReport(document, peer == null ? null : (JsonObject) JsonParser.parse(peer), http, null, HttpRuns.none(), HttpRuns.none(),
            fuzz == null ? null : (JsonObject) JsonParser.parse(fuzz)).write();
        return document.text();
    }

    @Test
    void shouldJudgeTheRatioToThePeer() throws IOException {
        String report = write("{\"results\":[{\"workload\":\"pass-chain\",\"sequential\":"
            + "[{\"throughput\":3000},{\"throughput\":4000},{\"throughput\":5000}]}]}");

        assertTrue(report.contains("| pass-chain | 200000 | 0.80× | ≥ 0.75× ceiling throughput | PASS | 4000 (3000–5000) | 50.0× | ≥ 50× peer | PASS |"),
            report);
    }

    @Test
    void shouldShowPartsNotMeasured() throws IOException {
        String report = write(null);

        assertTrue(report.contains("| order-pipeline | 200000 | 0.80× | ≥ 0.5× ceiling throughput | PASS | n/a | — | ≥ 50× peer | — |"), report);
        assertTrue(report.contains("- Parked executions: not measured in this run."), report);
        assertTrue(report.contains("- 10× overload over HTTP: not measured in this run."), report);
        assertTrue(report.contains("- Mocked order-pipeline over HTTP: not measured in this run."), report);
        assertTrue(report.contains("## Fuzz\n\nNot run in this run."), report);
    }

    @Test
    void shouldCountTheFuzzCasesAndFindings() throws IOException {
        String report = write(null, "{\"seed\":20261208,\"cases\":1000000,\"seconds\":912.4,\"findings\":3}");

        assertTrue(report.contains("1,000,000 generated cases (seed 20261208) through parse, validate, compile and execute in 912 s:"
            + " 3 distinct findings ([fuzz.md](fuzz.md))."), report);
    }
}
