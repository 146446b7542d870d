package io.expresso.codec.intrinsic;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;

/**
 * The text AWS's Java implementation gives a value when it turns it into a string with
 * {@code String.valueOf} of the plain Java value: strings raw, numbers as their JSON text,
 * {@code null} as {@code null}, objects as {@code {k=v, k2=v2}} and arrays as {@code [a, b]},
 * recursively and without quotes. {@code States.Format}, {@code States.ArrayContains} and
 * {@code States.Hash} (for non-string data) see values this way.
 */
final class JavaText {

    private JavaText() {
    }

    static String of(Json value) {
        if (value instanceof JsonString) {
            return ((JsonString) value).value();
        }
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    static void append(StringBuilder out, Json value) {
        switch (value.kind()) {
            case STRING:
                out.append(((JsonString) value).value());
                break;
            case NUMBER:
                out.append(((JsonNumber) value).text());
                break;
            case BOOLEAN:
                out.append(((JsonBoolean) value).value());
                break;
            case NULL:
                out.append("null");
                break;
            case OBJECT:
                appendObject(out, (JsonObject) value);
                break;
            case ARRAY:
                appendArray(out, (JsonArray) value);
                break;
            default:
                throw new IllegalStateException("unknown kind " + value.kind());
        }
    }

    private static void appendObject(StringBuilder out, JsonObject object) {
        out.append('{');
        for (int i = 0; i < object.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(object.keyAt(i)).append('=');
            append(out, object.valueAt(i));
        }
        out.append('}');
    }

    private static void appendArray(StringBuilder out, JsonArray array) {
        out.append('[');
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            append(out, array.get(i));
        }
        out.append(']');
    }
}
