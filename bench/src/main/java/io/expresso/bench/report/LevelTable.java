package io.expresso.bench.report;

import io.expresso.codec.json.JsonObject;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Two load levels of one HTTP run side by side in a Markdown table: one row per figure, each cell
 * the median of the level's repetitions with their range. Figures come from the load generator's
 * results or from what the server sampler saw.
 */
final class LevelTable {

    private final ReportDocument document;
    private final HttpRuns runs;
    private final String left;
    private final String right;

    /** @param left the level of the first column, e.g. {@code closed}; {@code right} that of the second */
    LevelTable(ReportDocument document, HttpRuns runs, String left, String right) {
        this.document = document;
        this.runs = runs;
        this.left = left;
        this.right = right;
    }

    /** Writes the header: the columns' titles. */
    void header(String leftTitle, String rightTitle) {
        document.line("| | " + leftTitle + " | " + rightTitle + " |");
        document.line("| --- | ---: | ---: |");
    }

    /** Writes a row of a load-generator figure. */
    void row(String name, ToDoubleFunction<JsonObject> figure, DoubleFunction<String> format) {
        document.line("| " + name + " | " + LoadFigures.spread(runs.results(left), figure).text(format) + " | "
            + LoadFigures.spread(runs.results(right), figure).text(format) + " |");
    }

    /** Writes a row of text made from each level's results as a whole. */
    void rowOfAll(String name, Function<List<JsonObject>, String> text) {
        document.line("| " + name + " | " + text.apply(runs.results(left)) + " | " + text.apply(runs.results(right)) + " |");
    }

    /** Writes a row of a figure the server sampler saw. */
    void serverRow(String name, ToDoubleFunction<ServerFigures> figure, DoubleFunction<String> format) {
        document.line("| " + name + " | " + server(runs, left, figure).text(format) + " | " + server(runs, right, figure).text(format) + " |");
    }

    /** @return {@code figure} of each run at {@code level} the server was sampled in */
    static Spread server(HttpRuns runs, String level, ToDoubleFunction<ServerFigures> figure) {
        return Spread.of(runs.runs(level).stream().map(ServerFigures::of).mapToDouble(figure).filter(Double::isFinite).toArray());
    }
}
