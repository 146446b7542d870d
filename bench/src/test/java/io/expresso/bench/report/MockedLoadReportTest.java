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

/** The mocked-load report sets what the connections hold (Little's law) beside what the server counted in flight. */
class MockedLoadReportTest {

    @TempDir
    Path folder;

    private MockedLoadReport report(ReportDocument document) throws IOException {
        Path file = folder.resolve("mocked.json");
        Files.writeString(file, RunJson.file(Double.NaN,
            RunJson.at("closed").connections(10_000).throughput(8000).latency(1_200_000, 1_900_000)
                .sample(0.5, 1100, 80, 10).sample(1.5, 1150, 300, 2500).sample(2.5, 1160, 280, 3100),
            RunJson.at("10").connections(512).rate(800).throughput(800).latency(17_000, 25_000)
                .sample(1.5, 1160, 120, 14)));
        return new MockedLoadReport(document, HttpRuns.read(file), Map.of());
    }

    @Test
    void shouldSetTheConnectionsHoldBesideTheServersCount() throws IOException {
        ReportDocument document = new ReportDocument(List.of(), Instant.EPOCH, false);
        MockedLoadReport report = report(document);

        report.write();

        String text = document.text();
        // 8000/s × a mean of 1.32 s (the fixture's mean is 1.1 × p50).
        assertTrue(text.contains("| requests outstanding (executions/s × mean latency) | 10560 | 15 |"), text);
        assertTrue(text.contains("| executions in flight in the server, peak (`/metrics`) | 3100 | 14 |"), text);
        assertTrue(text.contains("| p50 | 1200 ms | 17.0 ms |"), text);
        assertTrue(report.summaryLine().contains("10000 connections: 8000 executions/s"), report.summaryLine());
    }

    @Test
    void shouldPlotTheLatencyCurvesAndTheServersMemory() throws IOException {
        report(new ReportDocument(List.of(), Instant.EPOCH, false)).plot(folder);

        PngFiles.assertPlot(folder.resolve(MockedLoadReport.LATENCY_PLOT));
        PngFiles.assertPlot(folder.resolve(MockedLoadReport.MEMORY_PLOT));
    }
}
