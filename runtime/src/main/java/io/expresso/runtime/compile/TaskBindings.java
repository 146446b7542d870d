package io.expresso.runtime.compile;

import io.expresso.runtime.asl.TaskState;
import io.expresso.runtime.exec.TaskBinding;
import io.expresso.runtime.integration.http.HttpInvokeRequest;
import io.expresso.runtime.task.LambdaArns;
import io.expresso.runtime.task.TaskHandler;
import io.expresso.runtime.task.TaskHandlers;

/** Resolves each Task's {@code Resource} to a handler at deploy. */
public final class TaskBindings {

    static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";

    private final TaskHandlers handlers;
    private final boolean allowUnbound;
    private final TaskHandler httpInvoke;

    /**
     * @param allowUnbound deploy Tasks without a handler anyway; they fail with States.TaskFailed when run
     * @param httpInvoke   runs {@code arn:aws:states:::http:invoke} unless a handler is registered for it
     */
    public TaskBindings(TaskHandlers handlers, boolean allowUnbound, TaskHandler httpInvoke) {
        this.handlers = handlers;
        this.allowUnbound = allowUnbound;
        this.httpInvoke = httpInvoke;
    }

    TaskBinding bind(TaskState task) {
        String resource = task.resource();
        if (LAMBDA_INVOKE.equals(resource)) {
            return TaskBinding.lambdaInvoke(handlers);
        }
        if (HttpInvokeRequest.RESOURCE.equals(resource) && handlers.find(resource) == null) {
            return TaskBinding.resource(resource, httpInvoke);
        }
        boolean lambda = LambdaArns.isFunctionArn(resource);
        TaskHandler handler = lambda ? handlers.findFunction(resource) : handlers.find(resource);
        if (handler != null) {
            return lambda ? TaskBinding.lambdaFunction(resource, handler) : TaskBinding.resource(resource, handler);
        }
        if (allowUnbound) {
            return TaskBinding.unbound(resource);
        }
        throw new UnboundResourceException(task.name(), resource);
    }
}
