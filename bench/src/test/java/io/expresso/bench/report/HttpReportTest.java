package io.expresso.bench.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP report compares medians of repeated runs and judges the throughput ratio and the p99 at half load. */
final class HttpReportTest {

    @TempDir
    Path folder;

    private static String run(String level, double throughput, double p99Micros, String errors) {
        return "{\"level\":\"" + level + "\",\"result\":{\"rate\":" + throughput + ",\"throughput\":" + throughput
            + ",\"latencyMicros\":{\"p50\":100,\"p90\":200,\"p99\":" + p99Micros + ",\"p99.9\":900,\"max\":1500},"
            + "\"errorsByType\":{" + errors + "}}}";
    }

    private void server(String name, double... closed) throws IOException {
        List<String> runs = new ArrayList<>();
        for (double throughput : closed) {
            runs.add(run("closed", throughput, 500, ""));
        }
        runs.add(run("50", closed[0] / 2, 800, "\"400 ThrottlingException\":2"));
        Files.writeString(folder.resolve("pass-chain." + name + ".json"), "{\"runs\":[" + String.join(",", runs) + "]}");
    }

    private String write() throws IOException {
        ReportDocument document = new ReportDocument(List.of(), Instant.EPOCH, false);
        new HttpReport(document, folder, Map.of("Pinning", "server on CPU 0")).write();
        return document.text();
    }

    @Test
    void shouldCompareMedianThroughputsAgainstTheTarget() throws IOException {
        server("expresso", 800, 700, 600);
        server("ceiling", 1000, 900, 1100);

        String report = write();

        assertTrue(report.contains("| pass-chain | 700 (600–800) | 1000 (900–1100) | 0.70× | ≥ 0.7× ceiling throughput | PASS |"), report);
    }

    @Test
    void shouldJudgeTheP99AtHalfLoadAndCountErrors() throws IOException {
        server("expresso", 800);
        server("ceiling", 1000);

        String report = write();

        assertTrue(report.contains("| expresso | 50% | 400 | 400 | 100 µs | 200 µs | 800 µs | 900 µs | 1.50 ms | 2 400 ThrottlingException | PASS |"),
            report);
        assertTrue(report.contains("| Pinning | server on CPU 0 |"), report);
    }

    @Test
    void shouldPlotTheMaximaAndTheLatencyCurvesOfTheWorkloadsThatRan() throws IOException {
        Files.writeString(folder.resolve("pass-chain.expresso.json"), RunJson.file(Double.NaN,
            RunJson.at("closed").throughput(800), RunJson.at("25").rate(200).latency(200, 900),
            RunJson.at("50").rate(400).latency(250, 1_500), RunJson.at("75").rate(600).latency(400, 9_000)));
        Files.writeString(folder.resolve("pass-chain.ceiling.json"), RunJson.file(Double.NaN,
            RunJson.at("closed").throughput(1_000), RunJson.at("50").rate(500).latency(150, 700)));
        Path reports = folder.resolve("reports");

        new HttpReport(new ReportDocument(List.of(), Instant.EPOCH, false), folder, Map.of()).plot(reports);

        PngFiles.assertPlot(reports.resolve(HttpReport.THROUGHPUT_PLOT));
        PngFiles.assertPlot(reports.resolve(HttpReport.latencyPlot("pass-chain")));
        assertFalse(Files.exists(reports.resolve(HttpReport.latencyPlot("order-pipeline"))), "order-pipeline did not run");
    }

    @Test
    void shouldShowAWorkloadThatDidNotRunAsNotAvailable() throws IOException {
        assertTrue(write().contains("| order-pipeline | n/a | n/a | n/a× |"));
    }
}
