package io.expresso.runtime.corpus;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.task.TaskHandler;
import io.expresso.runtime.task.TaskInvocation;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A task handler that plays a declarative script, one outcome per attempt (the last one repeats):
 * {@code {"return": v}}, {@code {"fail": {"error": e, "cause": c}}}, {@code {"echo": true}} (returns
 * its input), {@code {"bytes": n}} (returns a string of n {@code x}, for the 256 KiB rules),
 * {@code {"throw": "message"}} (the handler throws), {@code {"never": true}} (never completes). {@code "async": true} on an outcome completes it from another thread, which takes
 * the runtime's cross-thread path.
 */
final class ScriptedHandler implements TaskHandler {

    private final JsonArray outcomes;
    private final Executor elsewhere;
    private final AtomicInteger attempts = new AtomicInteger();

    ScriptedHandler(JsonArray outcomes, Executor elsewhere) {
        this.outcomes = outcomes;
        this.elsewhere = elsewhere;
    }

    @Override
    public void invoke(TaskInvocation invocation) {
        int attempt = attempts.getAndIncrement();
        JsonObject outcome = (JsonObject) outcomes.get(Math.min(attempt, outcomes.size() - 1));
        if (outcome.get("never") != null) {
            return;
        }
        if (outcome.get("throw") != null) {
            throw new IllegalStateException(text(outcome.get("throw")));
        }
        if (outcome.get("async") == JsonBoolean.TRUE) {
            elsewhere.execute(() -> complete(outcome, invocation));
        } else {
            complete(outcome, invocation);
        }
    }

    private static void complete(JsonObject outcome, TaskInvocation invocation) {
        Json failure = outcome.get("fail");
        if (failure instanceof JsonObject) {
            invocation.fail(text(((JsonObject) failure).get("error")), text(((JsonObject) failure).get("cause")));
        } else if (outcome.get("echo") != null) {
            invocation.succeed(invocation.input());
        } else if (outcome.get("bytes") instanceof JsonNumber) {
            invocation.succeed(JsonString.of("x".repeat((int) ((JsonNumber) outcome.get("bytes")).longValue())));
        } else {
            invocation.succeed(outcome.get("return"));
        }
    }

    /** @return the string, or {@code null} when absent */
    private static String text(Json value) {
        return value instanceof JsonString ? ((JsonString) value).value() : null;
    }
}
