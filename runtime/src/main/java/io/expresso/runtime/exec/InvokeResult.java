package io.expresso.runtime.exec;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.uuid.RandomUuids;
import io.expresso.runtime.net.HttpFields;
import io.expresso.runtime.net.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The result {@code arn:aws:states:::lambda:invoke} gives a state: the Invoke response around the
 * function's payload, with the SDK's HTTP metadata (keys in alphabetical order, as AWS shows them).
 */
final class InvokeResult {

    private static final String LATEST = "$LATEST";

    private InvokeResult() {
    }

    /** @return the wrapper made from a real Invoke response's status and headers */
    static Json of(HttpResponse response, Json payload) {
        HttpFields headers = response.headers();
        String version = headers.first("X-Amz-Executed-Version");
        String requestId = headers.first("x-amzn-RequestId");
        return wrap(version == null ? LATEST : version, headers.first("X-Amz-Log-Result"), payload, headers,
                response.status(), requestId == null ? RandomUuids.unique() : requestId);
    }

    /** @return the wrapper for a function run by a Java handler, with the headers Lambda would have sent */
    static Json synthesized(Json payload, String requestId) {
        HttpFields headers = new HttpFields(4)
                .add("Content-Type", "application/json")
                .add("X-Amz-Executed-Version", LATEST)
                .add("x-amzn-RequestId", requestId)
                .add("Content-Length", Integer.toString(payload.serializedSize()));
        return wrap(LATEST, null, payload, headers, 200, requestId);
    }

    /** @param logResult the base64 log tail ({@code LogType: Tail}), or {@code null} */
    private static Json wrap(String version, String logResult, Json payload, HttpFields headers, int status,
            String requestId) {
        JsonObject.Builder result = JsonObject.builder(6).add("ExecutedVersion", JsonString.of(version));
        if (logResult != null) {
            result.add("LogResult", JsonString.of(logResult));
        }
        return result.add("Payload", payload)
                .add("SdkHttpMetadata", JsonObject.builder(3)
                        .add("AllHttpHeaders", allHeaders(headers))
                        .add("HttpHeaders", firstHeaders(headers))
                        .add("HttpStatusCode", JsonNumber.of(status))
                        .build())
                .add("SdkResponseMetadata", JsonObject.of("RequestId", JsonString.of(requestId)))
                .add("StatusCode", JsonNumber.of(status))
                .build();
    }

    /** Every header name once, in the order first seen, with all its values. */
    private static JsonObject allHeaders(HttpFields headers) {
        List<String> names = distinctNames(headers);
        JsonObject.Builder all = JsonObject.builder(names.size());
        for (String name : names) {
            JsonArray.Builder values = new JsonArray.Builder(1);
            for (int i = 0; i < headers.size(); i++) {
                if (headers.name(i).equals(name)) {
                    values.add(JsonString.of(headers.value(i)));
                }
            }
            all.add(name, values.build());
        }
        return all.build();
    }

    private static JsonObject firstHeaders(HttpFields headers) {
        List<String> names = distinctNames(headers);
        JsonObject.Builder first = JsonObject.builder(names.size());
        for (String name : names) {
            first.add(name, JsonString.of(headers.first(name)));
        }
        return first.build();
    }

    private static List<String> distinctNames(HttpFields headers) {
        List<String> names = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            if (!names.contains(headers.name(i))) {
                names.add(headers.name(i));
            }
        }
        return names;
    }
}
