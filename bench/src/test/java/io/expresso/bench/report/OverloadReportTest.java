package io.expresso.bench.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overload report passes a server that refuses only with throttling, within its limit, with flat memory; and misses one that does not. */
class OverloadReportTest {

    private static final String THROTTLED = "\"400 com.amazon.coral.availability#ThrottlingException\":9000";

    @TempDir
    Path folder;

    private static RunJson closed() {
        return RunJson.at("closed").throughput(800).sample(1.2, 1100, 80, 16).sample(2.5, 1100, 90, 15);
    }

    /** @return the report of a closed-loop run at the limit and {@code overload} */
    private OverloadReport report(ReportDocument document, RunJson overload) throws IOException {
        Path file = folder.resolve("overload.json");
        Files.writeString(file, RunJson.file(16, closed(), overload));
        return new OverloadReport(document, HttpRuns.read(file), Map.of());
    }

    @Test
    void shouldPassOnlyThrottlingWithinTheLimitWithFlatMemory() throws IOException {
        RunJson overload = RunJson.at("1000").rate(8000).throughput(790).connections(256).errors(THROTTLED)
            .sample(1.1, 1120, 100, 16).sample(1.6, 1122, 200, 16).sample(2.4, 1121, 150, 14).sample(2.9, 1122, 180, 16);
        ReportDocument document = new ReportDocument(List.of(), Instant.EPOCH, false);
        OverloadReport report = report(document, overload);

        report.write();

        String text = document.text();
        assertTrue(text.contains("| errors other than throttling | 0 | 0 | PASS |"), text);
        assertTrue(text.contains("| starts refused at 10× | > 0, all `ThrottlingException` | 9000 | PASS |"), text);
        assertTrue(text.contains("| executions in flight | ≤ 16 | 16 | PASS |"), text);
        assertTrue(text.contains("| resident memory bounded | 2nd half ≤ 1.05× 1st half | 1.00× | PASS |"), text);
        assertTrue(text.contains("| `ThrottlingException`/s | 0 | 4500 |"), text);
        assertTrue(report.summaryLine().contains("**PASS**"), report.summaryLine());
    }

    @Test
    void shouldMissAnotherErrorAndGrowingMemory() throws IOException {
        RunJson overload = RunJson.at("1000").rate(8000).throughput(700).connections(256)
            .errors(THROTTLED + ",\"connection closed\":3")
            .sample(1.1, 1100, 100, 12).sample(1.6, 1150, 200, 16).sample(2.4, 1300, 150, 16).sample(2.9, 1400, 180, 16);
        ReportDocument document = new ReportDocument(List.of(), Instant.EPOCH, false);
        OverloadReport report = report(document, overload);

        report.write();

        String text = document.text();
        assertTrue(text.contains("| errors other than throttling | 0 | 3 | MISS |"), text);
        assertTrue(text.contains("| resident memory bounded | 2nd half ≤ 1.05× 1st half | 1.22× | MISS |"), text);
        assertTrue(report.summaryLine().contains("**MISS**"), report.summaryLine());
    }

    @Test
    void shouldPlotTheAcceptedLatencyAndTheServersMemory() throws IOException {
        RunJson overload = RunJson.at("1000").rate(8000).throughput(790).connections(256).errors(THROTTLED).latency(30_000, 90_000)
            .sample(0.2, 1100, 60, 0).sample(1.1, 1120, 100, 16).sample(1.6, 1122, 200, 16).sample(2.9, 1122, 180, 16);
        report(new ReportDocument(List.of(), Instant.EPOCH, false), overload).plot(folder);

        PngFiles.assertPlot(folder.resolve(OverloadReport.LATENCY_PLOT));
        PngFiles.assertPlot(folder.resolve(OverloadReport.MEMORY_PLOT));
    }

    @Test
    void shouldSayWhenItDidNotRun() {
        OverloadReport report = new OverloadReport(new ReportDocument(List.of(), Instant.EPOCH, false), HttpRuns.none(), Map.of());

        assertTrue(report.summaryLine().contains("not measured"), report.summaryLine());
    }
}
