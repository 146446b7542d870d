package io.expresso.runtime.integration.http;

import io.expresso.codec.error.AslError;
import io.expresso.runtime.net.HttpClient;
import io.expresso.runtime.task.TaskHandler;
import io.expresso.runtime.task.TaskInvocation;
import java.util.HashMap;
import java.util.Map;

/**
 * The handler of {@code arn:aws:states:::http:invoke}: reads the task's evaluated parameters,
 * finds its connection in the local connections file, and sends the request on the runtime's
 * HTTP client from the execution's own loop. A {@code ConnectionArn} the file does not map adds
 * no credentials, so local endpoints work without setup.
 */
public final class HttpInvokeTask implements TaskHandler {

    /** AWS's error for an HTTP Task whose request got no response: refused, reset or timed out. */
    public static final String SOCKET_ERROR = "States.Http.Socket";
    /** AWS stops waiting for an HTTP Task's response after 60 seconds. */
    public static final long REQUEST_TIMEOUT_MILLIS = 60_000;

    final HttpClient client;
    final String region;
    final long timeoutMillis;
    private final HttpConnections connections;
    /** One per OAuth connection, made here so that loops only ever read the map. */
    private final Map<String, OAuthTokenCache> tokens = new HashMap<>();

    /**
     * @param region    named in the {@code User-Agent} AWS sends
     * @param timeScale the runtime's time scale, applied to AWS's 60-second request timeout like
     *     every other timeout
     */
    public HttpInvokeTask(HttpClient client, HttpConnections connections, String region, double timeScale) {
        this.client = client;
        this.connections = connections;
        this.region = region;
        this.timeoutMillis = Math.max(1, (long) Math.ceil(REQUEST_TIMEOUT_MILLIS * timeScale));
        for (ConnectionSettings connection : connections.all()) {
            if (connection.auth() instanceof ConnectionAuth.OAuthClientCredentials) {
                tokens.put(connection.arn(), new OAuthTokenCache((ConnectionAuth.OAuthClientCredentials) connection.auth(),
                        client, timeoutMillis));
            }
        }
    }

    @Override
    public void invoke(TaskInvocation invocation) {
        HttpInvokeRequest request = HttpInvokeRequest.read(invocation.input());
        AslError problem = request.failure();
        ConnectionSettings connection = problem == null ? connections.find(request.connectionArn()) : null;
        if (problem == null) {
            problem = request.bodyProblem(connection);
        }
        if (problem != null) {
            invocation.fail(problem.name(), problem.cause());
            return;
        }
        OAuthTokenCache tokenCache = connection == null ? null : tokens.get(connection.arn());
        new HttpInvokeAttempt(this, invocation, request, connection, tokenCache).start();
    }
}
