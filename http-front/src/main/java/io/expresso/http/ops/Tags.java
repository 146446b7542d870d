package io.expresso.http.ops;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import io.expresso.http.api.ApiException;
import io.expresso.http.api.ErrorType;
import io.expresso.http.api.Members;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Tag lists on the wire: {@code [{"key": …, "value": …}]} (docs/semantics/http-api.md#tags). */
final class Tags {

    private static final Pattern TEXT = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

    private Tags() {
    }

    /**
     * Reads a tag list, recording constraint violations on {@code request} as AWS words them.
     *
     * @return the tags in order; later duplicates win
     */
    static Map<String, String> read(JsonArray tags, Members request) {
        Map<String, String> read = new LinkedHashMap<>();
        if (tags == null) {
            return read;
        }
        for (int i = 0; i < tags.size(); i++) {
            Json item = tags.get(i);
            if (!(item instanceof JsonObject tag)) {
                throw new ApiException(ErrorType.SERIALIZATION, "Unexpected value type for member 'tags': expected a list of structures");
            }
            Members members = new Members(tag);
            String where = "tags." + (i + 1) + ".member.";
            String key = members.string("key");
            String value = members.string("value");
            check(request, where + "key", key, 1, 128);
            check(request, where + "value", value == null ? "" : value, 0, 256);
            if (key != null) {
                read.put(key, value == null ? "" : value);
            }
        }
        return read;
    }

    private static void check(Members request, String member, String value, int min, int max) {
        if (value == null) {
            request.violation("Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
        } else if (value.length() < min || value.length() > max) {
            request.violation("Value '" + value + "' at '" + member + "' failed to satisfy constraint: Member must have length "
                    + (value.length() < min ? "greater than or equal to " + min : "less than or equal to " + max));
        } else if (!TEXT.matcher(value).matches()) {
            request.violation("Value '" + value + "' at '" + member
                    + "' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$");
        }
    }

    /** @return the wire list */
    static JsonArray write(Map<String, String> tags) {
        JsonArray.Builder list = new JsonArray.Builder(tags.size());
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            list.add(JsonObject.builder(2).add("key", JsonString.of(tag.getKey()))
                    .add("value", JsonString.of(tag.getValue())).build());
        }
        return list.build();
    }
}
