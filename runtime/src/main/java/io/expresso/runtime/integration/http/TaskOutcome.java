package io.expresso.runtime.integration.http;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.runtime.task.TaskInvocation;

/** How an HTTP Task attempt ends: its result, or the error Retry and Catch see. */
public record TaskOutcome(Json result, AslError error) {

    public static TaskOutcome success(Json result) {
        return new TaskOutcome(result, null);
    }

    public static TaskOutcome failure(AslError error) {
        return new TaskOutcome(null, error);
    }

    /** Completes {@code invocation} with this outcome. */
    public void complete(TaskInvocation invocation) {
        if (error == null) {
            invocation.succeed(result);
        } else {
            invocation.fail(error.name(), error.cause());
        }
    }
}
