package io.expresso.runtime.asl;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import java.util.List;

/**
 * A Task state.
 *
 * @param resource             the resource ARN
 * @param parameters           the {@code Parameters} template (any JSON value), or {@code null}
 * @param resultSelector       the {@code ResultSelector} template, or {@code null}
 * @param timeoutSeconds       the literal attempt timeout, or {@code null}
 * @param timeoutSecondsPath   the reference path to it, or {@code null}
 * @param heartbeatSeconds     the literal heartbeat, or {@code null}
 * @param heartbeatSecondsPath the reference path to it, or {@code null}
 * @param credentials          the {@code Credentials} template ({@code RoleArn} or {@code RoleArn.$}), or {@code null}
 */
public record TaskState(String name, String comment, String inputPath, String outputPath, String resource,
                        Json parameters, JsonObject resultSelector, String resultPath,
                        Integer timeoutSeconds, String timeoutSecondsPath,
                        Integer heartbeatSeconds, String heartbeatSecondsPath, JsonObject credentials,
                        List<Retrier> retry, List<Catcher> catchers, String next)
        implements State, TransitionState, ErrorHandlingState {

    public TaskState {
        retry = List.copyOf(retry);
        catchers = List.copyOf(catchers);
    }

    @Override
    public StateType type() {
        return StateType.TASK;
    }
}
