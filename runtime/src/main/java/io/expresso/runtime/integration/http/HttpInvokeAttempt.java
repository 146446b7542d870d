package io.expresso.runtime.integration.http;

import io.expresso.codec.error.AslError;
import io.expresso.runtime.net.HttpCall;
import io.expresso.runtime.net.HttpFailure;
import io.expresso.runtime.net.HttpRequest;
import io.expresso.runtime.net.HttpResponse;
import io.expresso.runtime.net.HttpResponseHandler;
import io.expresso.runtime.task.ExchangeObserver;
import io.expresso.runtime.task.TaskInvocation;
import io.netty.channel.EventLoop;

/**
 * One attempt of an HTTP Task, confined to the execution's loop: get the connection's credential
 * (an OAuth token may have to be fetched first), send, shape the answer. A 401 on a request that
 * carried an OAuth token drops that token and tries once more with a fresh one. When the runtime
 * gives up on the attempt (its {@code TimeoutSeconds}, or the execution ended), the request in
 * flight is abandoned.
 */
final class HttpInvokeAttempt implements HttpResponseHandler {

    private static final int UNAUTHORIZED = 401;

    private final HttpInvokeTask task;
    private final TaskInvocation invocation;
    private final HttpInvokeRequest request;
    private final ConnectionSettings connection;
    private final OAuthTokenCache tokens;
    private final EventLoop loop;
    private OAuthToken token;
    private boolean refreshed;
    private boolean cancelled;
    private HttpCall call;

    HttpInvokeAttempt(HttpInvokeTask task, TaskInvocation invocation, HttpInvokeRequest request,
            ConnectionSettings connection, OAuthTokenCache tokens) {
        this.task = task;
        this.invocation = invocation;
        this.request = request;
        this.connection = connection;
        this.tokens = tokens;
        this.loop = invocation.executor();
    }

    void start() {
        invocation.onCancel(this::cancel);
        if (tokens != null) {
            tokens.acquire(loop, this::sendWith);
        } else {
            send(connection == null ? null : AuthorizationHeader.of(connection.auth(), null));
        }
    }

    private void sendWith(TokenResult result) {
        if (cancelled) {
            return;
        }
        if (result.error() != null) {
            fail(result.error());
            return;
        }
        token = result.token();
        send(AuthorizationHeader.of(connection.auth(), token.accessToken()));
    }

    private void send(NameValue authorization) {
        HttpRequest wire;
        try {
            wire = request.render(connection, authorization, task.region);
            reportRequest(wire);
        } catch (IllegalArgumentException e) {
            // Reading the parameters checked what the request is made of, so this is a bug; but this
            // runs in a callback, where a throw would leave the attempt waiting forever.
            fail(AslError.of(AslError.TASK_FAILED, e.getMessage()));
            return;
        }
        call = TimedExchange.send(task.client, loop, wire, task.timeoutMillis, this);
    }

    /** Shows the request to an execution that watches its exchanges (TestState at TRACE); a null check for any other. */
    private void reportRequest(HttpRequest wire) {
        ExchangeObserver observer = invocation.exchangeObserver();
        if (observer != null) {
            observer.requested(wire, connection == null ? wire : request.render(null, null, task.region));
        }
    }

    @Override
    public void onResponse(HttpResponse response) {
        call = null;
        ExchangeObserver observer = invocation.exchangeObserver();
        if (observer != null) {
            observer.responded(response);
        }
        if (response.status() == UNAUTHORIZED && token != null && !refreshed) {
            // The token may have been revoked before it expired: fetch a new one, and try once more.
            refreshed = true;
            tokens.invalidate(token);
            token = null;
            tokens.acquire(loop, this::sendWith);
            return;
        }
        ResponseShaper.shape(response).complete(invocation);
    }

    @Override
    public void onFailure(HttpFailure failure) {
        call = null;
        switch (failure.kind()) {
            case TOO_LARGE:
                // Far past what a state may hold; named as a result over the payload limit would be.
                fail(AslError.of(AslError.DATA_LIMIT_EXCEEDED, "The state/task '" + invocation.stateName()
                        + "' returned a result with a size exceeding the maximum number of bytes service limit."));
                break;
            case INVALID_REQUEST:
                fail(AslError.runtime(failure.message()));
                break;
            default:
                fail(AslError.of(HttpInvokeTask.SOCKET_ERROR, failure.message()));
        }
    }

    private void fail(AslError error) {
        invocation.fail(error.name(), error.cause());
    }

    private void cancel() {
        cancelled = true;
        if (call != null) {
            call.cancel();
        }
    }
}
