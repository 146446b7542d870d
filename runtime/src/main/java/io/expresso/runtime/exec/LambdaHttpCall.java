package io.expresso.runtime.exec;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.runtime.integration.lambda.InvokeResponses;
import io.expresso.runtime.net.HttpCall;
import io.expresso.runtime.net.HttpClient;
import io.expresso.runtime.net.HttpFailure;
import io.expresso.runtime.net.HttpRequest;
import io.expresso.runtime.net.HttpResponse;
import io.expresso.runtime.net.HttpResponseHandler;
import io.expresso.runtime.task.TaskInvocation;

/**
 * One Lambda Invoke API call for one task attempt, on the execution's loop: its answer completes
 * the attempt, and the runtime giving up on the attempt (timeout, end of the execution) cancels it,
 * which closes its connection rather than leave it waiting.
 */
final class LambdaHttpCall implements HttpResponseHandler {

    private final TaskInvocation attempt;
    /** {@code lambda:invoke}: the result is the Invoke response around the payload, causes are compact. */
    private final boolean invokeIntegration;

    private LambdaHttpCall(TaskInvocation attempt, boolean invokeIntegration) {
        this.attempt = attempt;
        this.invokeIntegration = invokeIntegration;
    }

    static void start(TaskInvocation attempt, HttpClient client, HttpRequest request, boolean invokeIntegration) {
        HttpCall call = client.send(attempt.executor(), request, new LambdaHttpCall(attempt, invokeIntegration));
        attempt.onCancel(call::cancel);
    }

    @Override
    public void onResponse(HttpResponse response) {
        if (response.headers().first(InvokeResponses.FUNCTION_ERROR) != null) {
            fail(InvokeResponses.functionError(response.body(), invokeIntegration));
        } else if (response.status() < 200 || response.status() > 299) {
            fail(InvokeResponses.serviceError(response));
        } else {
            Json payload = InvokeResponses.payload(response.body());
            attempt.succeed(invokeIntegration ? InvokeResult.of(response, payload) : payload);
        }
    }

    @Override
    public void onFailure(HttpFailure failure) {
        fail(InvokeResponses.clientError(failure));
    }

    private void fail(AslError error) {
        attempt.fail(error.name(), error.cause());
    }
}
