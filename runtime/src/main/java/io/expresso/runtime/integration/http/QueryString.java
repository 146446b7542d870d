package io.expresso.runtime.integration.http;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The query string of an HTTP Task: its {@code QueryParameters} in order, then the connection's
 * {@code QueryStringParameters}, the connection's value winning where both name the same key (as
 * AWS merges them: {@code ?queryParam=q1&QueryParam1=QueryParamValue1}). Keys and values are
 * percent-encoded; an array value repeats its key, an object value is sent as its JSON text.
 */
final class QueryString {

    private QueryString() {
    }

    /**
     * @param parameters the task's {@code QueryParameters}: an object, a query string given
     *     whole, or {@code null} for none
     * @return the encoded query, without {@code ?}; empty for none
     */
    static String encode(Json parameters, List<NameValue> connection) {
        StringBuilder out = new StringBuilder(64);
        if (parameters instanceof JsonObject) {
            List<NameValue> pairs = pairs((JsonObject) parameters);
            Overrides.apply(pairs, connection, false);
            append(out, pairs);
            return out.toString();
        }
        if (parameters != null) {
            PercentEncoding.appendQueryText(out, ScalarText.of(parameters));
        }
        append(out, connection);
        return out.toString();
    }

    private static List<NameValue> pairs(JsonObject parameters) {
        List<NameValue> pairs = new ArrayList<>(parameters.size());
        for (int i = 0; i < parameters.size(); i++) {
            Json value = parameters.valueAt(i);
            if (value instanceof JsonArray) {
                for (Json item : ((JsonArray) value).asList()) {
                    pairs.add(new NameValue(parameters.keyAt(i), text(item)));
                }
            } else {
                pairs.add(new NameValue(parameters.keyAt(i), text(value)));
            }
        }
        return pairs;
    }

    private static String text(Json value) {
        String text = ScalarText.of(value);
        return text != null ? text : value.toString();
    }

    private static void append(StringBuilder out, List<NameValue> pairs) {
        for (NameValue pair : pairs) {
            if (out.length() > 0) {
                out.append('&');
            }
            PercentEncoding.append(out, pair.name());
            out.append('=');
            PercentEncoding.append(out, pair.value());
        }
    }
}
