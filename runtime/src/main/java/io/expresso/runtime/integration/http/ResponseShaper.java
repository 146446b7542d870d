package io.expresso.runtime.integration.http;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParseException;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.net.HttpFields;
import io.expresso.runtime.net.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a response into what the HTTP Task returns, as AWS's recorded output shows it:
 * {@code {"Headers": {"content-type": ["application/json"], …}, "ResponseBody": {…},
 * "StatusCode": 200, "StatusText": "OK"}} — header names in lower case with their values as
 * arrays, a JSON body parsed, any other body kept as text. A status outside 2xx fails the task
 * with {@code States.Http.StatusCode.NNN}; binary content fails it with {@code States.Runtime}.
 */
public final class ResponseShaper {

    private static final JsonObject.Shape RESULT = JsonObject.Shape.of("Headers", "ResponseBody", "StatusCode",
            "StatusText");
    private static final String STATUS_ERROR_PREFIX = "States.Http.StatusCode.";

    private ResponseShaper() {
    }

    /** @return the task's result, or the error naming why the task fails */
    public static TaskOutcome shape(HttpResponse response) {
        String mediaType = mediaType(response.headers());
        if (isBinary(mediaType)) {
            return TaskOutcome.failure(AslError.runtime("The HTTP response has the content type '" + mediaType
                    + "', which an HTTP Task does not support."));
        }
        String text = utf8(response.body());
        if (text == null) {
            return TaskOutcome.failure(AslError.runtime("The HTTP response body cannot be read as text."));
        }
        if (response.status() < 200 || response.status() > 299) {
            // AWS keeps only the status text as the cause; the body is not available to catchers.
            return TaskOutcome.failure(AslError.of(STATUS_ERROR_PREFIX + response.status(), response.reason()));
        }
        return TaskOutcome.success(JsonObject.of(RESULT, new Json[] {headers(response.headers()),
                body(mediaType, text), JsonNumber.of(response.status()), JsonString.of(response.reason())}));
    }

    /** @return the media type of the first {@code Content-Type}, in lower case, or the empty text */
    private static String mediaType(HttpFields headers) {
        String value = headers.first("Content-Type");
        if (value == null) {
            return "";
        }
        int parameters = value.indexOf(';');
        return (parameters < 0 ? value : value.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isBinary(String mediaType) {
        return mediaType.equals("application/octet-stream") || mediaType.startsWith("image/")
                || mediaType.startsWith("video/") || mediaType.startsWith("audio/");
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static JsonObject headers(HttpFields headers) {
        Map<String, List<Json>> byName = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            byName.computeIfAbsent(headers.name(i).toLowerCase(Locale.ROOT), name -> new ArrayList<>(1))
                    .add(JsonString.of(headers.value(i)));
        }
        JsonObject.Builder object = JsonObject.builder(byName.size());
        byName.forEach((name, values) -> object.add(name, JsonArray.of(values)));
        return object.build();
    }

    /** A JSON media type's body parsed, when it parses; otherwise the text as it came. */
    private static Json body(String mediaType, String text) {
        boolean json = mediaType.equals("application/json") || mediaType.endsWith("+json");
        if (json && !text.isEmpty()) {
            try {
                return JsonParser.parse(text);
            } catch (JsonParseException e) {
                // Kept as text: the body says JSON but is not.
            }
        }
        return JsonString.of(text);
    }
}
