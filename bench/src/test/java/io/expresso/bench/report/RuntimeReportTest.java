package io.expresso.bench.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runtime report judges each workload by its own target and mode, and shows the parked figures. */
final class RuntimeReportTest {

    private static final String BENCHMARK = "io.expresso.bench.runtime.WorkloadExecutionBenchmark.";

    private static JmhResult result(String method, String workload, String mode, double score, double alloc) {
        return new JmhResult(BENCHMARK + method, mode, "workload=" + workload, score, 0.1,
            mode.equals("thrpt") ? "ops/us" : "us/op", alloc, "mode " + mode, "JDK 17", "-Xmx1g");
    }

    /** Throughput in ops/µs and time in µs/op for {@code method} on every workload. */
    private static List<JmhResult> everyWorkload(String method, double opsPerMicro, double alloc) {
        List<JmhResult> results = new ArrayList<>();
        for (RuntimeReport.Goal goal : RuntimeReport.GOALS) {
            results.add(result(method, goal.workload(), "thrpt", opsPerMicro, alloc));
            results.add(result(method, goal.workload(), "avgt", 1 / opsPerMicro, alloc));
        }
        return results;
    }

    private static String write(ParkedFigures parked) {
        List<JmhResult> results = new ArrayList<>();
        results.addAll(everyWorkload("ceiling", 0.2, 1000));
        results.addAll(everyWorkload("expresso", 0.08, 3000));
        results.addAll(everyWorkload("expressoOnLoop", 0.16, 2000));
        ReportDocument document = new ReportDocument(results, Instant.EPOCH, true);
        new RuntimeReport(document, parked).write();
        return document.text();
    }

    @Test
    void shouldJudgeRatiosOnThroughputAndTheChoiceLoopOnTime() {
        String report = write(null);

        // 0.08 / 0.2 = 0.4 (MISS at 0.5) and 0.16 / 0.2 = 0.8 (PASS at 0.5 and 0.75).
        assertTrue(report.contains("| map-fanout | ≥ 0.5× ceiling throughput | 0.40× | MISS | 0.80× | PASS |"), report);
        assertTrue(report.contains("| pass-chain | ≥ 0.75× ceiling throughput | 0.40× | MISS | 0.80× | PASS |"), report);
        // 1 / 0.08 = 12.5 µs (MISS at 10) and 1 / 0.16 = 6.25 µs (PASS).
        assertTrue(report.contains("| choice-loop | ≤ 10 µs/op | 12.5 µs | MISS | 6.25 µs | PASS |"), report);
    }

    @Test
    void shouldShowOpsPerSecondTimeRatioAndAllocationPerVariant() {
        String report = write(null);

        assertTrue(report.contains("| Expresso, run on the event loop's own thread (`WorkloadExecutionBenchmark.expressoOnLoop`)"
            + " | 160000 ± 100000 | 6.25 ± 0.10 | 0.80× | 2000 | ≥ 0.5× ceiling throughput | PASS |"), report);
        assertTrue(report.contains("| Hand-written ceiling (`WorkloadExecutionBenchmark.ceiling`)"
            + " | 200000 ± 100000 | 5.00 ± 0.10 | 1.00× | 1000 | — | — |"), report);
        assertTrue(report.contains("Quick run"), report);
    }

    @Test
    void shouldJudgeParkedExecutionsBeyondTheirPayload() {
        ParkedFigures parked = new ParkedFigures(1_000_000, 60, "{}", 8, 6_000_000, 626_000_000, 2830,
            "OpenJDK", "-Xmx8g", "G1");

        String report = write(parked);

        assertTrue(report.contains("| heap per parked execution | 620 B |"), report);
        assertTrue(report.contains("| beyond the payload | 612 B |"), report);
        assertTrue(report.contains("≤ 1024 B beyond the payload: **PASS**"), report);
        assertTrue(report.contains("| executions parked at once | 1,000,000 |"), report);
    }

    @Test
    void shouldSayWhenParkedExecutionsWereNotMeasured() {
        assertTrue(write(null).contains("Not measured in this run."));
    }
}
