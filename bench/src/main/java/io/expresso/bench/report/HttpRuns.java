package io.expresso.bench.report;

import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The runs of one file {@code io.expresso.bench.http.HttpComparison} wrote, by load level
 * ({@code closed}, or the open-loop share of the maximum in percent: {@code 25}, {@code 1000}, …).
 * A file that does not exist holds no runs: that part did not run.
 */
final class HttpRuns {

    private static final HttpRuns NONE = new HttpRuns(List.of(), Double.NaN, Double.NaN);

    private final List<JsonObject> runs;
    private final double maxThroughput;
    private final double inFlightLimit;

    private HttpRuns(List<JsonObject> runs, double maxThroughput, double inFlightLimit) {
        this.runs = runs;
        this.maxThroughput = maxThroughput;
        this.inFlightLimit = inFlightLimit;
    }

    static HttpRuns read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        JsonObject json = (JsonObject) JsonParser.parse(Files.readAllBytes(file));
        return new HttpRuns(LoadFigures.objects(json, "runs"), LoadFigures.number(json, "maxThroughput"),
            LoadFigures.number(json, "serverInFlightLimit"));
    }

    /** @return no runs: a part that did not run */
    static HttpRuns none() {
        return NONE;
    }

    /** @return the load-generator results of the runs at {@code level}, in the order they ran */
    List<JsonObject> results(String level) {
        return runs(level).stream().map(run -> (JsonObject) run.get("result")).collect(Collectors.toList());
    }

    /** @return the runs at {@code level}: each its {@code result}, and its {@code server} samples when taken */
    List<JsonObject> runs(String level) {
        return runs.stream()
            .filter(run -> run.get("level") instanceof JsonString && ((JsonString) run.get("level")).value().equals(level))
            .collect(Collectors.toList());
    }

    /** @return the levels run, in the order they first ran */
    Set<String> levels() {
        Set<String> levels = new LinkedHashSet<>();
        for (JsonObject run : runs) {
            if (run.get("level") instanceof JsonString) {
                levels.add(((JsonString) run.get("level")).value());
            }
        }
        return levels;
    }

    /** @return the closed-loop maximum the open-loop rates were derived from; NaN without runs */
    double maxThroughput() {
        return maxThroughput;
    }

    /** @return the server's in-flight limit during these runs, when the run recorded one; NaN otherwise */
    double inFlightLimit() {
        return inFlightLimit;
    }

    boolean isEmpty() {
        return runs.isEmpty();
    }
}
