package io.expresso.runtime.task;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The handlers a runtime knows, by name. A Lambda function is found by its full ARN or by its
 * function name (so {@code arn:aws:lambda:…:function:charge} and {@code lambda:invoke} with
 * {@code FunctionName: "charge"} reach the same handler); any other resource by its exact ARN.
 * Bindings are read at deploy; register handlers before deploying the machines that use them.
 */
public final class TaskHandlers {

    private final Map<String, TaskHandler> byName = new ConcurrentHashMap<>();

    /**
     * @param name a resource ARN, a Lambda function ARN, or a Lambda function name
     * @return this, for chaining
     */
    public TaskHandlers register(String name, TaskHandler handler) {
        byName.put(name, handler);
        return this;
    }

    /** @return the handler for a resource ARN or function name, or {@code null} */
    public TaskHandler find(String name) {
        return byName.get(name);
    }

    /**
     * @return the handler for a Lambda function given as a name, a full or partial ARN, with or
     *     without a version or alias qualifier; or {@code null}
     */
    public TaskHandler findFunction(String function) {
        return LambdaArns.find(function, byName::get);
    }
}
