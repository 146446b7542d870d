package io.expresso.http.api;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the members of one request body the way AWS's request validator does: a member of the
 * wrong JSON type is a {@code SerializationException} at once; constraint violations (missing,
 * too long, out of range, not in the enum) are collected and reported together by {@link #check()}
 * as one {@code ValidationException}. Unknown members are ignored (docs/semantics/http-api.md#requests).
 */
public final class Members {

    private final JsonObject body;
    private final List<String> violations = new ArrayList<>(2);

    public Members(JsonObject body) {
        this.body = body;
    }

    /** @return the member's text, or null when absent (or JSON null), with no constraint */
    public String string(String name) {
        Json value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw wrongType(name, "string");
        }
        return text.value();
    }

    /** @return the member's text, recording a violation when absent or outside {@code [min, max]} chars */
    public String requiredString(String name, int min, int max) {
        String value = string(name);
        if (value == null) {
            violations.add("Value null at '" + name + "' failed to satisfy constraint: Member must not be null");
            return null;
        }
        return length(name, value, min, max, false);
    }

    /** @return the member's text or null, recording a violation when present and outside {@code [min, max]} chars */
    public String optionalString(String name, int min, int max) {
        String value = string(name);
        return value == null ? null : length(name, value, min, max, false);
    }

    /** As {@link #requiredString}, for members whose value AWS leaves out of its messages. */
    public String requiredSensitiveString(String name, int min, int max) {
        String value = string(name);
        if (value == null) {
            violations.add("Value null at '" + name + "' failed to satisfy constraint: Member must not be null");
            return null;
        }
        return length(name, value, min, max, true);
    }

    /** As {@link #optionalString}, for members whose value AWS leaves out of its messages. */
    public String optionalSensitiveString(String name, int min, int max) {
        String value = string(name);
        return value == null ? null : length(name, value, min, max, true);
    }

    private String length(String name, String value, int min, int max, boolean sensitive) {
        String shown = sensitive ? "Value" : "Value '" + value + "'";
        if (value.length() < min) {
            violations.add(shown + " at '" + name + "' failed to satisfy constraint: Member must have length greater than or equal to " + min);
        } else if (value.length() > max) {
            violations.add(shown + " at '" + name + "' failed to satisfy constraint: Member must have length less than or equal to " + max);
        }
        return value;
    }

    /** @return one of {@code allowed} or null when absent, recording a violation for any other text */
    public String enumValue(String name, List<String> allowed) {
        String value = string(name);
        if (value != null && !allowed.contains(value)) {
            violations.add("Value '" + value + "' at '" + name + "' failed to satisfy constraint: Member must satisfy enum value set: "
                    + allowed);
        }
        return value;
    }

    /** @return the member's value, or {@code absent} */
    public boolean bool(String name, boolean absent) {
        Json value = body.get(name);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!(value instanceof JsonBoolean flag)) {
            throw wrongType(name, "boolean");
        }
        return flag.value();
    }

    /** @return whether the member is present and not null */
    public boolean has(String name) {
        Json value = body.get(name);
        return value != null && !value.isNull();
    }

    /** @return the member's value or {@code absent}, recording a violation outside {@code [min, max]} */
    public int integer(String name, int min, int max, int absent) {
        Json value = body.get(name);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!(value instanceof JsonNumber number) || !number.isLong()) {
            throw wrongType(name, "integer");
        }
        long n = number.longValue();
        if (n < min) {
            violations.add("Value '" + n + "' at '" + name + "' failed to satisfy constraint: Member must have value greater than or equal to " + min);
            return absent;
        }
        if (n > max) {
            violations.add("Value '" + n + "' at '" + name + "' failed to satisfy constraint: Member must have value less than or equal to " + max);
            return absent;
        }
        return (int) n;
    }

    /** @return the member's object, or null when absent */
    public JsonObject object(String name) {
        Json value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            throw wrongType(name, "structure");
        }
        return object;
    }

    /** @return the member's list, or null when absent */
    public JsonArray list(String name) {
        Json value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            throw wrongType(name, "list");
        }
        return array;
    }

    /** Records a violation found by the caller, worded as AWS's validator words them. */
    public void violation(String text) {
        violations.add(text);
    }

    /**
     * Reports every violation recorded so far.
     *
     * @throws ApiException a {@code ValidationException} when there is at least one
     */
    public void check() {
        if (violations.isEmpty()) {
            return;
        }
        String count = violations.size() == 1 ? "1 validation error detected: " : violations.size() + " validation errors detected: ";
        throw new ApiException(ErrorType.VALIDATION, count + String.join("; ", violations));
    }

    private static ApiException wrongType(String name, String expected) {
        return new ApiException(ErrorType.SERIALIZATION, "Unexpected value type for member '" + name + "': expected a " + expected);
    }
}
