package io.expresso.runtime.integration.http;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;

/**
 * Writes a {@code RequestBody} object as {@code application/x-www-form-urlencoded} text the way
 * AWS's {@code URL_ENCODED} does: members in order, nested objects as {@code parent[child]},
 * arrays in the chosen {@link ArrayFormat}, keys and values percent-encoded
 * ({@code metadata%5Border_details%5D=monthly%20report%20data}). Empty objects and arrays write
 * nothing, as form encoders do.
 */
final class FormBody {

    private final ArrayFormat format;
    private final StringBuilder out = new StringBuilder(64);

    private FormBody(ArrayFormat format) {
        this.format = format;
    }

    static String encode(JsonObject body, ArrayFormat format) {
        FormBody form = new FormBody(format);
        for (int i = 0; i < body.size(); i++) {
            form.member(body.keyAt(i), body.valueAt(i));
        }
        return form.out.toString();
    }

    private void member(String key, Json value) {
        if (value instanceof JsonObject) {
            JsonObject object = (JsonObject) value;
            for (int i = 0; i < object.size(); i++) {
                member(key + '[' + object.keyAt(i) + ']', object.valueAt(i));
            }
        } else if (value instanceof JsonArray) {
            array(key, (JsonArray) value);
        } else {
            pair(key, escaped(ScalarText.of(value)));
        }
    }

    private void array(String key, JsonArray items) {
        if (format == ArrayFormat.COMMAS) {
            if (!items.isEmpty()) {
                pair(key, commaList(items));
            }
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String itemKey = switch (format) {
                case INDICES -> key + '[' + i + ']';
                case BRACKETS -> key + "[]";
                default -> key;
            };
            member(itemKey, items.get(i));
        }
    }

    /**
     * The value of a {@code COMMAS} array: its items joined by literal commas, while a comma inside
     * an item is escaped, so the two stay apart. A nested object or array is written as its JSON.
     */
    private static String commaList(JsonArray items) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            Json item = items.get(i);
            String text = ScalarText.of(item);
            if (i > 0) {
                list.append(',');
            }
            PercentEncoding.append(list, text == null ? item.toString() : text);
        }
        return list.toString();
    }

    private void pair(String key, String encodedValue) {
        if (out.length() > 0) {
            out.append('&');
        }
        PercentEncoding.append(out, key);
        out.append('=').append(encodedValue);
    }

    private static String escaped(String value) {
        StringBuilder text = new StringBuilder(value.length() + 8);
        PercentEncoding.append(text, value);
        return text.toString();
    }
}
