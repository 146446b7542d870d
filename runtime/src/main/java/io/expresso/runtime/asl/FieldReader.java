package io.expresso.runtime.asl;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Typed access to the fields of one object of a definition. A field of the wrong type is reported
 * and read as absent, so reading goes on and every problem is found.
 */
final class FieldReader {

    private final JsonObject object;
    private final Location location;
    private final Diagnostics diagnostics;

    FieldReader(JsonObject object, Location location, Diagnostics diagnostics) {
        this.object = object;
        this.location = location;
        this.diagnostics = diagnostics;
    }

    Location location() {
        return location;
    }

    Location at(String field) {
        return location.child(field);
    }

    boolean has(String field) {
        return object.get(field) != null;
    }

    List<String> fieldNames() {
        List<String> names = new ArrayList<>(object.size());
        for (int i = 0; i < object.size(); i++) {
            names.add(object.keyAt(i));
        }
        return names;
    }

    Json raw(String field) {
        return object.get(field);
    }

    /** Reports every field not in {@code allowed} as AWS does: {@code Field 'X' is not supported} at the object. */
    void rejectOthers(Set<String> allowed) {
        for (int i = 0; i < object.size(); i++) {
            if (!allowed.contains(object.keyAt(i))) {
                diagnostics.schema(notSupported(object.keyAt(i)), location);
            }
        }
    }

    static String notSupported(String field) {
        return "Field '" + field + "' is not supported";
    }

    void missing(String field) {
        diagnostics.schema("The field '" + field + "' is required but was missing", location);
    }

    private void wrongType(String field, String type) {
        diagnostics.schema("The field '" + field + "' should be of type " + type, at(field));
    }

    String string(String field) {
        Json value = object.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            wrongType(field, "string");
            return null;
        }
        return ((JsonString) value).value();
    }

    String requiredString(String field) {
        if (!has(field)) {
            missing(field);
            return null;
        }
        return string(field);
    }

    Boolean bool(String field) {
        Json value = object.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            wrongType(field, "boolean");
            return null;
        }
        return ((JsonBoolean) value).value();
    }

    JsonObject object(String field) {
        Json value = object.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            wrongType(field, "object");
            return null;
        }
        return (JsonObject) value;
    }

    JsonArray array(String field) {
        Json value = object.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            wrongType(field, "array");
            return null;
        }
        return (JsonArray) value;
    }

    /** An array that must hold at least one element, as AWS's {@code Value cannot be empty} says. */
    JsonArray nonEmptyArray(String field) {
        JsonArray array = array(field);
        if (array != null && array.isEmpty()) {
            diagnostics.schema("Value cannot be empty", at(field));
            return null;
        }
        return array;
    }

    /** An integer in {@code [min, max]}; fractions are refused, {@code 1.0} is accepted as 1. */
    Integer integer(String field, long min, long max) {
        Json value = object.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber() || !((JsonNumber) value).isIntegral() || !((JsonNumber) value).isLong()) {
            wrongType(field, "integer");
            return null;
        }
        long number = ((JsonNumber) value).longValue();
        if (number < min || number > max) {
            diagnostics.schema("The value for the field '" + field + "' must be between " + min + " and " + max,
                    at(field));
            return null;
        }
        return (int) number;
    }

    /** A number in {@code [min, max]}; a {@code null} bound is no bound. */
    BigDecimal number(String field, BigDecimal min, BigDecimal max) {
        Json value = object.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            wrongType(field, "number");
            return null;
        }
        BigDecimal number = ((JsonNumber) value).decimalValue();
        if ((min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) > 0)) {
            String range = max == null
                    ? "greater than or equal to " + min.toPlainString()
                    : "between " + min.toPlainString() + " and " + max.toPlainString();
            diagnostics.schema("The value for the field '" + field + "' must be " + range, at(field));
            return null;
        }
        return number;
    }

    /** A string that must be one of {@code values}, reported in AWS's {@code Type} wording. */
    String oneOf(String field, String... values) {
        String value = string(field);
        if (value == null) {
            return null;
        }
        for (String allowed : values) {
            if (allowed.equals(value)) {
                return value;
            }
        }
        diagnostics.schema("The field '" + field + "' should have one of these values: ["
                + String.join(", ", values) + "]", at(field));
        return null;
    }

    /** Reports a pair of fields that may not both be set, such as {@code TimeoutSeconds} and {@code TimeoutSecondsPath}. */
    boolean exclusive(String first, String second) {
        if (has(first) && has(second)) {
            diagnostics.schema("The fields '" + first + "' and '" + second + "' are mutually exclusive", location);
            return false;
        }
        return true;
    }
    /**
     * {@code InputPath}, {@code OutputPath} ({@code reference} false) or {@code ResultPath}
     * ({@code reference} true): {@code "$"} when absent, {@code null} when the definition says {@code null}.
     */
    String nullablePath(String field, boolean reference) {
        Json value = object.get(field);
        if (value == null) {
            return "$";
        }
        if (value.isNull()) {
            return null;
        }
        String text = string(field);
        if (text == null) {
            return "$";
        }
        report(reference ? PathSyntax.checkReferencePath(field, text, true) : PathSyntax.checkPath(field, text),
                field);
        return text;
    }

    /** An optional reference path that reads ({@code SecondsPath}, {@code ItemsPath}…); {@code null} when absent. */
    String referencePath(String field) {
        String text = string(field);
        if (text != null) {
            report(PathSyntax.checkReferencePath(field, text, false), field);
        }
        return text;
    }

    /** Reports {@code problem} at {@code field} unless it is {@code null}. */
    void report(String problem, String field) {
        if (problem != null) {
            diagnostics.schema(problem, at(field));
        }
    }
}
