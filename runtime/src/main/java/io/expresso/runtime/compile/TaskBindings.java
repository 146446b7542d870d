package io.expresso.runtime.compile;

import io.expresso.runtime.asl.TaskState;
import io.expresso.runtime.exec.TaskBinding;
import io.expresso.runtime.task.LambdaArns;
import io.expresso.runtime.task.TaskHandler;
import io.expresso.runtime.task.TaskHandlers;

/** Resolves each Task's {@code Resource} to a handler at deploy. */
public final class TaskBindings {

    static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";

    private final TaskHandlers handlers;
    private final TaskHandlers integrations;
    private final boolean allowUnbound;

    /**
     * @param handlers     the user's handlers, which win
     * @param integrations the runtime's own integrations (nested executions), for resources the user did not bind
     * @param allowUnbound deploy Tasks without a handler anyway; they fail with States.TaskFailed when run
     */
    public TaskBindings(TaskHandlers handlers, TaskHandlers integrations, boolean allowUnbound) {
        this.handlers = handlers;
        this.integrations = integrations;
        this.allowUnbound = allowUnbound;
    }

    TaskBinding bind(TaskState task) {
        String resource = task.resource();
        if (LAMBDA_INVOKE.equals(resource)) {
            return TaskBinding.lambdaInvoke(handlers);
        }
        boolean lambda = LambdaArns.isFunctionArn(resource);
        TaskHandler handler = lambda ? handlers.findFunction(resource) : handlers.find(resource);
        if (handler == null && !lambda) {
            handler = integrations.find(resource);
        }
        if (handler != null) {
            return lambda ? TaskBinding.lambdaFunction(resource, handler) : TaskBinding.resource(resource, handler);
        }
        if (allowUnbound) {
            return TaskBinding.unbound(resource);
        }
        throw new UnboundResourceException(task.name(), resource);
    }
}
