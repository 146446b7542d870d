package io.expresso.http.teststate;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.codec.json.JsonString;

/**
 * TestState's {@code inspectionData}: each data-flow step's value as JSON text, in the order the
 * steps ran. At INFO nothing is kept and the reply has no {@code inspectionData}.
 */
final class Inspection {

    private final JsonObject.Builder data;
    private final JsonObject.Builder errorDetails = JsonObject.builder(2);

    Inspection(boolean enabled) {
        this.data = enabled ? JsonObject.builder(8) : null;
    }

    /** Records a step's value; a step that failed ({@code null}) shows nothing. */
    Inspection step(String field, Json value) {
        if (data != null && value != null) {
            data.put(field, JsonString.of(JsonSerializer.toCompactString(value)));
        }
        return this;
    }

    /** Records a member that is itself an object of strings (the HTTP request and response at TRACE). */
    Inspection member(String field, JsonObject value) {
        if (data != null) {
            data.put(field, value);
        }
        return this;
    }

    void retry(int retryIndex, long backoffSeconds) {
        errorDetails.put("retryIndex", JsonNumber.of(retryIndex)).put("retryBackoffIntervalSeconds", JsonNumber.of(backoffSeconds));
    }

    void caught(int catchIndex) {
        errorDetails.put("catchIndex", JsonNumber.of(catchIndex));
    }

    /** @return the {@code inspectionData} member, or {@code null} at INFO */
    JsonObject build() {
        if (data == null) {
            return null;
        }
        if (errorDetails.size() > 0) {
            data.put("errorDetails", errorDetails.build());
        }
        return data.build();
    }
}
