package io.expresso.runtime.asl;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code Retry} and {@code Catch} arrays, with their ranges and the {@code States.ALL} rules. */
final class ErrorHandlerReader {

    private static final String ALL = "States.ALL";
    private static final Set<String> RETRIER_FIELDS = Set.of("ErrorEquals", "IntervalSeconds", "MaxAttempts",
            "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment");
    private static final Set<String> CATCHER_FIELDS = Set.of("ErrorEquals", "Next", "ResultPath", "Comment");
    private static final int MAX_SECONDS = 99_999_999;
    /** One year of seconds plus a leap day: AWS's cap on {@code MaxDelaySeconds}. */
    private static final int MAX_DELAY_SECONDS = 31_622_400;

    private final Diagnostics diagnostics;

    ErrorHandlerReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    List<Retrier> retriers(FieldReader state) {
        List<Retrier> retriers = new ArrayList<>();
        JsonArray array = state.array("Retry");
        for (int i = 0; array != null && i < array.size(); i++) {
            FieldReader r = element(array.get(i), state.at("Retry"), i);
            if (r == null) {
                continue;
            }
            r.rejectOthers(RETRIER_FIELDS);
            List<String> errors = errorEquals(r, i == array.size() - 1, "retrier", "Retry");
            Integer interval = r.integer("IntervalSeconds", 1, MAX_SECONDS);
            Integer attempts = r.integer("MaxAttempts", 0, MAX_SECONDS);
            BigDecimal backoff = r.number("BackoffRate", BigDecimal.ONE, null);
            Integer maxDelay = r.integer("MaxDelaySeconds", 1, MAX_DELAY_SECONDS);
            String jitter = r.oneOf("JitterStrategy", "FULL", "NONE");
            retriers.add(new Retrier(errors,
                    interval == null ? Retrier.DEFAULT_INTERVAL_SECONDS : interval,
                    attempts == null ? Retrier.DEFAULT_MAX_ATTEMPTS : attempts,
                    backoff == null ? Retrier.DEFAULT_BACKOFF_RATE : backoff.doubleValue(),
                    maxDelay, jitter == null ? JitterStrategy.NONE : JitterStrategy.valueOf(jitter),
                    r.string("Comment")));
        }
        return retriers;
    }

    List<Catcher> catchers(FieldReader state) {
        List<Catcher> catchers = new ArrayList<>();
        JsonArray array = state.array("Catch");
        for (int i = 0; array != null && i < array.size(); i++) {
            FieldReader c = element(array.get(i), state.at("Catch"), i);
            if (c == null) {
                continue;
            }
            if (c.has(FieldMatrix.ASSIGN)) {
                diagnostics.schema(Unsupported.assign(), c.at(FieldMatrix.ASSIGN));
            }
            if (c.has("Output")) {
                diagnostics.schema(Unsupported.jsonataField("Output"), c.location());
            }
            for (String field : c.fieldNames()) {
                if (!CATCHER_FIELDS.contains(field) && !field.equals(FieldMatrix.ASSIGN) && !field.equals("Output")) {
                    diagnostics.schema(FieldReader.notSupported(field), c.location());
                }
            }
            List<String> errors = errorEquals(c, i == array.size() - 1, "catcher", "Catch");
            catchers.add(new Catcher(errors, c.requiredString("Next"), c.nullablePath("ResultPath", true),
                    c.string("Comment")));
        }
        return catchers;
    }

    private FieldReader element(Json value, Location arrayLocation, int index) {
        Location location = arrayLocation.index(index);
        if (!value.isObject()) {
            diagnostics.schema("The value should be of type object", location);
            return null;
        }
        return new FieldReader((JsonObject) value, location, diagnostics);
    }

    private List<String> errorEquals(FieldReader r, boolean last, String kind, String array) {
        List<String> names = new ArrayList<>();
        if (!r.has("ErrorEquals")) {
            r.missing("ErrorEquals");
            return names;
        }
        JsonArray errors = r.nonEmptyArray("ErrorEquals");
        if (errors == null) {
            return names;
        }
        for (Json error : errors.asList()) {
            if (!error.isString()) {
                diagnostics.schema("The field 'ErrorEquals' should be of type array of strings", r.at("ErrorEquals"));
                return names;
            }
            names.add(((JsonString) error).value());
        }
        if (names.contains(ALL) && names.size() > 1) {
            diagnostics.schema("The error name 'States.ALL' must appear alone in 'ErrorEquals'", r.at("ErrorEquals"));
        }
        if (names.contains(ALL) && !last) {
            diagnostics.schema("A " + kind + " with 'States.ALL' must be the last one in '" + array + "'",
                    r.location());
        }
        return names;
    }
}
