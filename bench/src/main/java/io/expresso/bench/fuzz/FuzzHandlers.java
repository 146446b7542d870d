package io.expresso.bench.fuzz;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonParser;
import io.expresso.runtime.task.TaskFailedException;
import io.expresso.runtime.task.TaskHandler;
import io.expresso.runtime.task.TaskHandlers;
import java.nio.charset.StandardCharsets;

/**
 * The Task resources generated definitions call, and the Java handlers behind them: each one a way
 * a task can end (at once, on a later turn of the loop, with an error, by throwing, never). They
 * are SDK-integration ARNs because deploy leaves those open, as AWS does, while it refuses optimized
 * integrations AWS does not list.
 */
final class FuzzHandlers {

    static final String ECHO = "arn:aws:states:::aws-sdk:fuzz:echo";
    static final String CONSTANT = "arn:aws:states:::aws-sdk:fuzz:constant";
    static final String REFUSE = "arn:aws:states:::aws-sdk:fuzz:refuse";
    static final String THROW = "arn:aws:states:::aws-sdk:fuzz:throw";
    static final String LATER = "arn:aws:states:::aws-sdk:fuzz:later";
    static final String SILENT = "arn:aws:states:::aws-sdk:fuzz:silent";
    /** Throws an Error, not an exception: user code can, and the runtime must contain it all the same. */
    static final String CRASH = "arn:aws:states:::aws-sdk:fuzz:crash";
    /** No handler: the runtime allows it, and the task fails when it runs. */
    static final String UNBOUND = "arn:aws:states:::aws-sdk:fuzz:unbound";
    static final String LAMBDA_FUNCTION = "fuzz-echo";
    static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:" + LAMBDA_FUNCTION;
    static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";
    static final String[] RESOURCES = {ECHO, ECHO, CONSTANT, REFUSE, THROW, LATER, SILENT, UNBOUND, LAMBDA, LAMBDA_INVOKE};

    /** The error the refusing handler names: a user error, as a Lambda function's own would be. */
    static final String REFUSED = "Fuzz.HandlerRefused";

    private static final Json CONSTANT_RESULT =
        JsonParser.parse("{\"status\":\"done\",\"items\":[1,2,3]}".getBytes(StandardCharsets.UTF_8));

    private FuzzHandlers() {
    }

    static TaskHandlers create() {
        TaskHandler echo = invocation -> invocation.succeed(invocation.input());
        return new TaskHandlers()
            .register(ECHO, echo)
            .register(LAMBDA_FUNCTION, echo)
            .register(CONSTANT, TaskHandler.of(input -> CONSTANT_RESULT))
            .register(REFUSE, invocation -> {
                throw new TaskFailedException(REFUSED, "the handler refused its input");
            })
            .register(THROW, invocation -> {
                throw new IllegalStateException("the handler broke down");
            })
            .register(LATER, invocation -> invocation.executor().execute(() -> invocation.succeed(invocation.input())))
            .register(SILENT, invocation -> { })
            .register(CRASH, invocation -> {
                throw new AssertionError("the handler's own check failed");
            });
    }
}
