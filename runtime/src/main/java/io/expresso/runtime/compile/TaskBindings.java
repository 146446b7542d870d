package io.expresso.runtime.compile;

import io.expresso.runtime.asl.TaskState;
import io.expresso.runtime.exec.TaskBinding;
import io.expresso.runtime.integration.lambda.LambdaEndpoint;
import io.expresso.runtime.integration.lambda.LambdaEndpoints;
import io.expresso.runtime.net.HttpClient;
import io.expresso.runtime.integration.http.HttpInvokeRequest;
import io.expresso.runtime.task.LambdaArns;
import io.expresso.runtime.task.TaskHandler;
import io.expresso.runtime.task.TaskHandlers;

/**
 * Resolves each Task's {@code Resource} to a handler at deploy. A Lambda function is served, in
 * this order, by a Java handler registered for it, the endpoint mapped to it, or the default
 * Lambda endpoint (mocked responses, chosen per execution, come before all three).
 */
public final class TaskBindings {

    static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";

    private final TaskHandlers handlers;
    private final TaskHandlers integrations;
    private final boolean allowUnbound;
    private final LambdaEndpoints lambdaEndpoints;
    private final HttpClient httpClient;
    private final TaskHandler httpInvoke;

    /**
     * @param handlers     the user's handlers, which win
     * @param integrations the runtime's own integrations (nested executions), for resources the user did not bind
     * @param allowUnbound deploy Tasks without a handler anyway; they fail with States.TaskFailed when run
     * @param lambdaEndpoints the Lambda Invoke API endpoints that serve functions without a Java handler
     * @param httpClient the runtime's client, for calls to endpoints
     * @param httpInvoke   runs {@code arn:aws:states:::http:invoke} unless a handler is registered for it
     */
    public TaskBindings(TaskHandlers handlers, TaskHandlers integrations, boolean allowUnbound, LambdaEndpoints lambdaEndpoints,
            HttpClient httpClient, TaskHandler httpInvoke) {
        this.handlers = handlers;
        this.integrations = integrations;
        this.allowUnbound = allowUnbound;
        this.lambdaEndpoints = lambdaEndpoints;
        this.httpClient = httpClient;
        this.httpInvoke = httpInvoke;
    }

    TaskBinding bind(TaskState task) {
        String resource = task.resource();
        if (LAMBDA_INVOKE.equals(resource)) {
            return TaskBinding.lambdaInvoke(handlers, lambdaEndpoints, httpClient);
        }
        if (HttpInvokeRequest.RESOURCE.equals(resource) && handlers.find(resource) == null) {
            return TaskBinding.resource(resource, httpInvoke);
        }
        boolean lambda = LambdaArns.isFunctionArn(resource);
        TaskHandler handler = lambda ? handlers.findFunction(resource) : handlers.find(resource);
        if (handler == null && !lambda) {
            handler = integrations.find(resource);
        }
        if (handler != null) {
            return lambda ? TaskBinding.lambdaFunction(resource, handler) : TaskBinding.resource(resource, handler);
        }
        LambdaEndpoint endpoint = lambda ? lambdaEndpoints.endpointFor(resource) : null;
        if (endpoint != null) {
            return TaskBinding.lambdaFunction(resource, endpoint, httpClient);
        }
        if (allowUnbound) {
            return TaskBinding.unbound(resource);
        }
        throw new UnboundResourceException(task.name(), resource);
    }
}
