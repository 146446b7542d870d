package io.expresso.runtime.integration.http;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonString;

/** The text a JSON scalar stands for in a header, query string or form field. */
final class ScalarText {

    private ScalarText() {
    }

    /**
     * @return a string's value, a number as written, {@code true}/{@code false}, the empty text for
     *     {@code null} (a present key with no value, as form encoders write it); {@code null} for an
     *     object or array
     */
    static String of(Json value) {
        switch (value.kind()) {
            case STRING:
                return ((JsonString) value).value();
            case NUMBER:
                return ((JsonNumber) value).text();
            case BOOLEAN:
                return ((JsonBoolean) value).value() ? "true" : "false";
            case NULL:
                return "";
            default:
                return null;
        }
    }
}
