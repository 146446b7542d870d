package io.expresso.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes {@code perf-reports/codec.md} from a JMH JSON result file: the conditions of the run, then
 * one table per benchmark of {@link #BENCHMARKS} that the file holds, each beside its ceiling and
 * target.
 *
 * <p>Usage: {@code CodecReport RESULTS.json REPORT.md [--quick]}; {@code --quick} marks the report
 * as a pipeline check whose figures are not to be compared.
 */
public final class CodecReport {

    private static final String PACKAGE = "io.expresso.bench.codec.";

    /**
     * What the report shows, in order. A benchmark is added to the report by adding its line here;
     * lines whose benchmark is not in the result file are left out.
     */
    static final List<ReportedBenchmark> BENCHMARKS = List.of(
        new ReportedBenchmark(PACKAGE + "JsonRoundTripBenchmark.expresso",
            "JSON parse + serialize (compact bytes in, compact bytes out)",
            PACKAGE + "JsonRoundTripBenchmark.dslJsonMap", Target.ratioAtMost(1.3)),
        new ReportedBenchmark(PACKAGE + "PathReadBenchmark.compiledPath",
            "Compiled 3-member path read (`$.order.customer.tier` on pass-chain input)",
            PACKAGE + "PathReadBenchmark.handWrittenChain", Target.nanosAtMost(30)),
        new ReportedBenchmark(PACKAGE + "TemplateBenchmark.compiledTemplate",
            "Payload template, 4 `.$` paths (pass-chain `ExtractCustomer`); alloc B/op equal to the hand-written output means only output nodes are allocated",
            PACKAGE + "TemplateBenchmark.handWritten", Target.none()),
        new ReportedBenchmark(PACKAGE + "IntrinsicBenchmark.mathAdd",
            "`States.MathAdd($.counter, 1)`",
            PACKAGE + "IntrinsicBenchmark.mathAddByHand", Target.none()),
        new ReportedBenchmark(PACKAGE + "IntrinsicBenchmark.format",
            "`States.Format('Hello {}, your order {} is ready', $.who, $.order.id)`",
            PACKAGE + "IntrinsicBenchmark.formatByHand", Target.none()));

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final List<JmhResult> results;
    private final Instant finished;
    private final boolean quick;
    private final StringBuilder out = new StringBuilder();

    private CodecReport(List<JmhResult> results, Instant finished, boolean quick) {
        this.results = results;
        this.finished = finished;
        this.quick = quick;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3 || (args.length == 3 && !args[2].equals("--quick"))) {
            System.err.println("usage: CodecReport RESULTS.json REPORT.md [--quick]");
            System.exit(2);
        }
        Path resultFile = Path.of(args[0]);
        Path reportFile = Path.of(args[1]);
        List<JmhResult> results = JmhResult.readAll(resultFile);
        Instant finished = Files.getLastModifiedTime(resultFile).toInstant();
        String report = new CodecReport(results, finished, args.length == 3).write();
        Path parent = reportFile.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(reportFile, report, StandardCharsets.UTF_8);
        System.out.println("Wrote " + reportFile);
    }

    private String write() {
        line("# Codec benchmarks");
        line("");
        if (quick) {
            line("> **Quick run** (one fork, short iterations): a check that the benchmarks and this report work,");
            line("> on a possibly busy machine. Do not quote or compare these figures.");
            line("");
        }
        line("Written by `bench/run-codec` from JMH results of a run that finished " + WHEN.format(finished) + ".");
        line("Each benchmark ran beside its ceiling in the same run and conditions; only figures from one run compare.");
        line("");
        writeConditions();
        for (ReportedBenchmark benchmark : BENCHMARKS) {
            List<JmhResult> rows = resultsOf(benchmark.method());
            if (!rows.isEmpty()) {
                writeTable(benchmark, rows);
            }
        }
        return out.toString();
    }

    private void writeConditions() {
        line("## Conditions");
        line("");
        line("| | |");
        line("| --- | --- |");
        line("| CPU | " + Machine.cpu() + " |");
        line("| OS | " + Machine.operatingSystem() + " |");
        line("| JVM | " + String.join("; ", distinct(JmhResult::jvm)) + " |");
        line("| JVM flags | " + String.join("; ", distinct(r -> r.jvmArgs().isEmpty() ? "(none)" : "`" + r.jvmArgs() + "`")) + " |");
        line("| JMH | " + String.join("; ", distinct(JmhResult::settings)) + " |");
        line("| Profiler | `-prof gc`: allocation per operation is `gc.alloc.rate.norm` |");
        line("");
        line("Scores are JMH averages per operation ± JMH's error (half the 99.9% confidence interval over all");
        line("measurement iterations); these micro-benchmarks time one operation on a warm thread. Latency");
        line("percentiles of whole executions come from the load generator, not from here.");
        line("");
    }

    private void writeTable(ReportedBenchmark benchmark, List<JmhResult> rows) {
        line("## " + benchmark.label());
        line("");
        line("`" + shortName(benchmark.method()) + "`"
            + (benchmark.hasCeiling() ? " against the ceiling `" + shortName(benchmark.ceilingMethod()) + "`" : "")
            + "; target " + benchmark.target().text() + ".");
        line("");
        line("| parameters | score | ceiling | units | ratio | target | met | alloc (B/op) | ceiling alloc (B/op) |");
        line("| --- | ---: | ---: | --- | ---: | --- | --- | ---: | ---: |");
        for (JmhResult row : rows) {
            JmhResult ceiling = benchmark.hasCeiling() ? find(benchmark.ceilingMethod(), row.params()) : null;
            double ratio = ceiling == null ? Double.NaN : row.nanosPerOp() / ceiling.nanosPerOp();
            line("| " + (row.params().isEmpty() ? "—" : row.params())
                + " | " + Numbers.withError(row.score(), row.scoreError())
                + " | " + (ceiling == null ? "—" : Numbers.withError(ceiling.score(), ceiling.scoreError()))
                + " | " + row.unit()
                + " | " + (Double.isNaN(ratio) ? "—" : Numbers.scaled(ratio) + "×")
                + " | " + benchmark.target().text()
                + " | " + benchmark.target().verdict(row.nanosPerOp(), ratio)
                + " | " + Numbers.scaled(row.allocatedBytesPerOp())
                + " | " + (ceiling == null ? "—" : Numbers.scaled(ceiling.allocatedBytesPerOp()))
                + " |");
        }
        line("");
    }

    private List<JmhResult> resultsOf(String method) {
        List<JmhResult> rows = new ArrayList<>();
        for (JmhResult result : results) {
            if (result.benchmark().equals(method)) {
                rows.add(result);
            }
        }
        return rows;
    }

    private JmhResult find(String method, String params) {
        for (JmhResult result : results) {
            if (result.benchmark().equals(method) && result.params().equals(params)) {
                return result;
            }
        }
        return null;
    }

    private List<String> distinct(Function<JmhResult, String> property) {
        Set<String> values = new LinkedHashSet<>();
        for (JmhResult result : results) {
            values.add(property.apply(result));
        }
        return new ArrayList<>(values);
    }

    private static String shortName(String method) {
        int classStart = method.lastIndexOf('.', method.lastIndexOf('.') - 1);
        return method.substring(classStart + 1);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
