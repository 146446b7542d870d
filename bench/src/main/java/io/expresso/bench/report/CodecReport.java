package io.expresso.bench.report;

import java.io.IOException;
import java.util.List;
import java.util.Set;

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
    private static final String USAGE = "usage: CodecReport RESULTS.json REPORT.md [--quick]";

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

    private final ReportDocument document;

    CodecReport(ReportDocument document) {
        this.document = document;
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
        ReportDocument document = ReportDocument.of(arguments);
        new CodecReport(document).write();
        document.save(arguments.report());
    }

    void write() {
        document.title("Codec benchmarks", "bench/run-codec");
        document.conditions();
        for (ReportedBenchmark benchmark : BENCHMARKS) {
            List<JmhResult> rows = document.resultsOf(benchmark.method());
            if (!rows.isEmpty()) {
                writeTable(benchmark, rows);
            }
        }
    }

    private void writeTable(ReportedBenchmark benchmark, List<JmhResult> rows) {
        document.line("## " + benchmark.label());
        document.line("");
        document.line("`" + ReportDocument.shortName(benchmark.method()) + "`"
            + (benchmark.hasCeiling() ? " against the ceiling `" + ReportDocument.shortName(benchmark.ceilingMethod()) + "`" : "")
            + "; target " + benchmark.target().text() + ".");
        document.line("");
        document.line("| parameters | score | ceiling | units | ratio | target | verdict | alloc (B/op) | ceiling alloc (B/op) |");
        document.line("| --- | ---: | ---: | --- | ---: | --- | --- | ---: | ---: |");
        for (JmhResult row : rows) {
            JmhResult ceiling = benchmark.hasCeiling()
                ? document.find(benchmark.ceilingMethod(), row.params(), row.mode()) : null;
            double ceilingNanos = ceiling == null ? Double.NaN : ceiling.nanosPerOp();
            double ratio = row.nanosPerOp() / ceilingNanos;
            document.line("| " + (row.params().isEmpty() ? "—" : row.params())
                + " | " + Numbers.withError(row.score(), row.scoreError())
                + " | " + (ceiling == null ? "—" : Numbers.withError(ceiling.score(), ceiling.scoreError()))
                + " | " + row.unit()
                + " | " + (Double.isNaN(ratio) ? "—" : Numbers.scaled(ratio) + "×")
                + " | " + benchmark.target().text()
                + " | " + benchmark.target().verdict(benchmark.target().measured(row.nanosPerOp(), ceilingNanos))
                + " | " + Numbers.scaled(row.allocatedBytesPerOp())
                + " | " + (ceiling == null ? "—" : Numbers.scaled(ceiling.allocatedBytesPerOp()))
                + " |");
        }
        document.line("");
    }
}
