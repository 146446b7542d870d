package io.expresso.bench.report;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/** Reading the JSON figures the load generator and the peer script write: numbers by path, repeated runs as a {@link Spread}. */
final class LoadFigures {

    /** The error type the load generator counts AWS's throttling replies under ends with this. */
    static final String THROTTLING = "ThrottlingException";

    private LoadFigures() {
    }

    /** @return the number at {@code path} (member names from {@code value}), NaN where absent */
    static double number(Json value, String... path) {
        Json at = value;
        for (String key : path) {
            if (!(at instanceof JsonObject)) {
                return Double.NaN;
            }
            at = ((JsonObject) at).get(key);
        }
        return at instanceof JsonNumber ? ((JsonNumber) at).doubleValue() : Double.NaN;
    }

    /** @return the elements of the array {@code value} holds under {@code key}; none when absent */
    static List<JsonObject> objects(Json value, String key) {
        List<JsonObject> elements = new ArrayList<>();
        Json array = value instanceof JsonObject ? ((JsonObject) value).get(key) : null;
        if (array instanceof JsonArray) {
            for (int i = 0; i < ((JsonArray) array).size(); i++) {
                elements.add((JsonObject) ((JsonArray) array).get(i));
            }
        }
        return elements;
    }

    /** @return {@code figure} of each run */
    static Spread spread(List<JsonObject> runs, ToDoubleFunction<JsonObject> figure) {
        return Spread.of(runs.stream().mapToDouble(figure).toArray());
    }

    /**
     * @return the latency curve of repeated runs: at each percentile their {@code latencyCurveMicros}
     *     give, the median over the runs
     */
    static SortedMap<Double, Double> curve(List<JsonObject> runs) {
        SortedMap<Double, List<Double>> points = new TreeMap<>();
        for (JsonObject run : runs) {
            Json curve = run.get("latencyCurveMicros");
            if (curve instanceof JsonObject) {
                JsonObject percentiles = (JsonObject) curve;
                for (int i = 0; i < percentiles.size(); i++) {
                    points.computeIfAbsent(Double.parseDouble(percentiles.keyAt(i)), p -> new ArrayList<>())
                        .add(number(percentiles.valueAt(i)));
                }
            }
        }
        SortedMap<Double, Double> medians = new TreeMap<>();
        points.forEach((percentile, values) -> medians.put(percentile, Spread.of(values.stream().mapToDouble(Double::doubleValue).toArray()).median()));
        return medians;
    }

    /** @return the errors of all {@code runs} (load-generator results), summed by type */
    static SortedMap<String, Long> errorsByType(List<JsonObject> runs) {
        SortedMap<String, Long> byType = new TreeMap<>();
        for (JsonObject run : runs) {
            Json types = run.get("errorsByType");
            if (types instanceof JsonObject) {
                JsonObject counts = (JsonObject) types;
                for (int i = 0; i < counts.size(); i++) {
                    byType.merge(counts.keyAt(i), (long) number(counts.valueAt(i)), Long::sum);
                }
            }
        }
        return byType;
    }

    /** @return the errors of {@code byType} whose type names AWS's throttling error, or all the others */
    static long throttled(Map<String, Long> byType, boolean throttling) {
        return byType.entrySet().stream().filter(e -> e.getKey().endsWith(THROTTLING) == throttling).mapToLong(Map.Entry::getValue).sum();
    }

    /** @return bytes as the reports write memory: in MiB */
    static String mebibytes(double bytes) {
        return Double.isNaN(bytes) ? "n/a" : Numbers.scaled(bytes / (1024.0 * 1024.0)) + " MiB";
    }

    /** @return a latency in microseconds as the reports write it: µs below a millisecond, ms above */
    static String micros(double micros) {
        return Double.isNaN(micros) ? "n/a" : micros >= 1_000 ? Numbers.scaled(micros / 1_000) + " ms" : Numbers.scaled(micros) + " µs";
    }
}
