package io.expresso.bench.report;

import java.util.Map;

/**
 * What the reports of runs against one sampled {@code expresso serve} share ({@link OverloadReport},
 * {@link MockedLoadReport}): the runs and their conditions, and the report's shape: title, how the
 * runs were made, conditions, then the figures, or that the part did not run.
 */
abstract class ServerRunsReport implements LoadReportCommand.Report {

    final ReportDocument document;
    final HttpRuns runs;
    private final Map<String, String> conditions;

    ServerRunsReport(ReportDocument document, HttpRuns runs, Map<String, String> conditions) {
        this.document = document;
        this.runs = runs;
        this.conditions = conditions;
    }

    @Override
    public final void write() {
        document.title(title(), "bench/run", "load-generator runs", "short runs");
        writeMethod();
        line("");
        LoadReportCommand.conditions(document, conditions);
        if (runs.isEmpty()) {
            line("Not measured in this run.");
            line("");
            return;
        }
        writeFigures();
    }

    abstract String title();

    /** Writes how the runs were made, as a paragraph. */
    abstract void writeMethod();

    /** Writes the figures of the runs, which exist. */
    abstract void writeFigures();

    final void line(String text) {
        document.line(text);
    }
}
