package io.expresso.bench.report;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Reading the JSON figures the load generator and the peer script write: numbers by path, repeated runs as a {@link Spread}. */
final class LoadFigures {

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

    /** @return a latency in microseconds as the reports write it: µs below a millisecond, ms above */
    static String micros(double micros) {
        return Double.isNaN(micros) ? "n/a" : micros >= 1_000 ? Numbers.scaled(micros / 1_000) + " ms" : Numbers.scaled(micros) + " µs";
    }
}
