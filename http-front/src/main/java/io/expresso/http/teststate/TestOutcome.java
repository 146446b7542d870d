package io.expresso.http.teststate;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.codec.json.JsonString;

/**
 * What TestState answers.
 *
 * @param status    SUCCEEDED, FAILED, RETRIABLE or CAUGHT_ERROR
 * @param output    the state's output (SUCCEEDED, CAUGHT_ERROR), else {@code null}
 * @param error     the error name (FAILED, RETRIABLE, CAUGHT_ERROR), or {@code null}
 * @param cause     the cause, or {@code null}
 * @param nextState the state that would run next, or {@code null} at an end or an unhandled failure
 */
public record TestOutcome(Status status, Json output, String error, String cause, String nextState) {

    /** TestState's status values. */
    public enum Status { SUCCEEDED, FAILED, RETRIABLE, CAUGHT_ERROR }

    static TestOutcome succeeded(Json output, String nextState) {
        return new TestOutcome(Status.SUCCEEDED, output, null, null, nextState);
    }

    /** @return the reply members, with {@code inspectionData} when it was kept */
    JsonObject toReply(JsonObject inspectionData) {
        JsonObject.Builder reply = JsonObject.builder(6).add("status", JsonString.of(status.name()));
        if (output != null) {
            reply.add("output", JsonString.of(JsonSerializer.toCompactString(output)));
        }
        if (error != null && !error.isEmpty()) {
            reply.add("error", JsonString.of(error));
        }
        if (cause != null) {
            reply.add("cause", JsonString.of(cause));
        }
        if (nextState != null) {
            reply.add("nextState", JsonString.of(nextState));
        }
        if (inspectionData != null) {
            reply.add("inspectionData", inspectionData);
        }
        return reply.build();
    }
}
