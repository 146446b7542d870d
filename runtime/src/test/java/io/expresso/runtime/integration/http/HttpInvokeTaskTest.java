package io.expresso.runtime.integration.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.fixtures.LoopbackHttpServer.Received;
import io.expresso.fixtures.LoopbackHttpServer;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.ExecutionStatus;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.RuntimeConfig;
import io.expresso.runtime.StateMachine;
import io.expresso.runtime.net.HttpRequest;
import io.expresso.runtime.net.HttpResponse;
import io.expresso.runtime.task.ExchangeObserver;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP Task end to end: definitions run by a real runtime against a real Netty server on a
 * loopback port, which records what it receives.
 */
class HttpInvokeTaskTest {

    private static final String CONNECTION = "arn:aws:events:us-east-1:123456789012:connection/Api/1";
    private static final String TOKEN_CONNECTION = "arn:aws:events:us-east-1:123456789012:connection/OAuth/1";
    private static final String CATCH_ALL = "\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Done\"}], \"End\": true";
    private static final String DONE = ", \"Done\": {\"Type\": \"Pass\", \"End\": true}";

    @TempDir
    Path folder;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    // ---- requests as AWS sends them

    @Test
    void shouldSendEachMethodWithAwsUserAgentAndRange() throws Exception {
        LoopbackHttpServer server = server(LoopbackHttpServer.replying(200, "{}"));
        Expresso expresso = runtime(new RuntimeConfig());
        for (RequestMethod method : RequestMethod.values()) {
            ExecutionResult result = run(expresso, task(server, "/items/7", "\"Method\": \"" + method + "\""), "{}");
            assertEquals(ExecutionStatus.SUCCEEDED, result.status(), result::toString);
        }
        List<Received> received = new ArrayList<>(server.received());
        assertEquals(RequestMethod.values().length, received.size());
        for (int i = 0; i < received.size(); i++) {
            assertEquals(RequestMethod.values()[i].name(), received.get(i).method());
            assertEquals("/items/7", received.get(i).uri());
            assertEquals("Amazon|StepFunctions|HttpInvoke|us-east-1", received.get(i).header("User-Agent"));
            assertEquals("bytes=0-262144", received.get(i).header("Range"));
            assertNull(received.get(i).header("Authorization"));
        }
    }

    @Test
    void shouldReturnHeadersResponseBodyStatusCodeAndStatusTextAsAwsShapesThem() throws Exception {
        String body = "{\"id\": 7, \"price\": 1.50}";
        LoopbackHttpServer server = server((ctx, request, exchange) -> {
            FullHttpResponse response = LoopbackHttpServer.response(200, body);
            response.headers().add("X-Trace", "a").add("x-trace", "b");
            ctx.writeAndFlush(response);
        });
        ExecutionResult result = run(runtime(new RuntimeConfig()), task(server, "/items/7", "\"Method\": \"GET\""), "{}");

        JsonObject output = (JsonObject) result.output();
        assertEquals("{\"content-type\":[\"application/json\"],\"content-length\":[\"" + body.length() + "\"],"
                + "\"x-trace\":[\"a\",\"b\"]}",
                output.get("Headers").toString());
        assertEquals("{\"id\":7,\"price\":1.50}", output.get("ResponseBody").toString());
        assertEquals("200", output.get("StatusCode").toString());
        assertEquals("\"OK\"", output.get("StatusText").toString());
        assertEquals(List.of("Headers", "ResponseBody", "StatusCode", "StatusText"), keys(output));
    }

    @Test
    void shouldKeepANonJsonResponseBodyAsText() throws Exception {
        LoopbackHttpServer server = server((ctx, request, exchange) -> ctx.writeAndFlush(
                plain(200, "text/html; charset=utf-8", "<p>hello</p>")));
        ExecutionResult result = run(runtime(new RuntimeConfig()), task(server, "/", "\"Method\": \"GET\""), "{}");

        assertEquals("\"<p>hello</p>\"", ((JsonObject) result.output()).get("ResponseBody").toString());
    }

    @Test
    void shouldEncodeQueryParametersIntoTheUrl() throws Exception {
        LoopbackHttpServer server = server(LoopbackHttpServer.replying(200, "{}"));
        run(runtime(new RuntimeConfig()), task(server, "/search?v=1", "\"Method\": \"GET\", \"QueryParameters\": "
                + "{\"q.$\": \"$.term\", \"tags\": [\"a\", \"b\"], \"limit\": 10}"), "{\"term\": \"café & bar\"}");

        // Literal keys first, then evaluated ones: the order of AWS's payload templates.
        assertEquals("/search?v=1&tags=a&tags=b&limit=10&q=caf%C3%A9%20%26%20bar", only(server).uri());
    }

    @Test
    void shouldSendAJsonBodyWithAJsonContentType() throws Exception {
        LoopbackHttpServer server = server(LoopbackHttpServer.replying(201, "{\"ok\": true}"));
        ExecutionResult result = run(runtime(new RuntimeConfig()), task(server, "/orders", "\"Method\": \"POST\","
                + " \"RequestBody\": {\"order.$\": \"$.order\", \"source\": \"sfn\"}"), "{\"order\": {\"id\": 1.0}}");

        assertEquals(201, ((JsonNumber) ((JsonObject) result.output()).get("StatusCode")).longValue());
        Received request = only(server);
        assertEquals("application/json; charset=UTF-8", request.header("Content-Type"));
        assertEquals("{\"source\":\"sfn\",\"order\":{\"id\":1.0}}", request.body());
    }

    @Test
    void shouldSendUrlEncodedBodiesInEachArrayFormat() throws Exception {
        LoopbackHttpServer server = server(LoopbackHttpServer.replying(200, "{}"));
        Expresso expresso = runtime(new RuntimeConfig());
        List<String> expected = List.of(
                "name=Ann%20Lee&tags%5B0%5D=a&tags%5B1%5D=b%20c",
                "name=Ann%20Lee&tags=a&tags=b%20c",
                "name=Ann%20Lee&tags=a,b%20c",
                "name=Ann%20Lee&tags%5B%5D=a&tags%5B%5D=b%20c");
        for (ArrayFormat format : ArrayFormat.values()) {
            run(expresso, task(server, "/form", "\"Method\": \"POST\","
                    + " \"Headers\": {\"Content-Type\": \"application/x-www-form-urlencoded\"},"
                    + " \"RequestBody\": {\"name\": \"Ann Lee\", \"tags\": [\"a\", \"b c\"]},"
                    + " \"Transform\": {\"RequestBodyEncoding\": \"URL_ENCODED\","
                    + " \"RequestEncodingOptions\": {\"ArrayFormat\": \"" + format + "\"}}"), "{}");
        }
        List<Received> received = new ArrayList<>(server.received());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals("application/x-www-form-urlencoded", received.get(i).header("Content-Type"));
            assertEquals(expected.get(i), received.get(i).body(), ArrayFormat.values()[i].name());
        }
    }

    // ---- connections

    @Test
    void shouldAddTheApiKeyAndInvocationParametersOfTheConnection() throws Exception {
        LoopbackHttpServer server = server(LoopbackHttpServer.replying(200, "{}"));
        Expresso expresso = runtime(new RuntimeConfig().httpConnections(connectionsFile("{\"" + CONNECTION + "\": {"
                + "\"AuthorizationType\": \"API_KEY\", \"AuthParameters\": {"
                + "\"ApiKeyAuthParameters\": {\"ApiKeyName\": \"x-api-key\", \"ApiKeyValue\": \"s3cr3t\"},"
                + "\"InvocationHttpParameters\": {\"HeaderParameters\": [{\"Key\": \"Team\", \"Value\": \"payments\"}],"
                + "\"QueryStringParameters\": [{\"Key\": \"version\", \"Value\": \"2\"}],"
                + "\"BodyParameters\": [{\"Key\": \"source\", \"Value\": \"connection\"}]}}}}")));
        run(expresso, task(server, "/orders", "\"Method\": \"POST\", \"Headers\": {\"Team\": \"task\"},"
                + " \"QueryParameters\": {\"version\": \"1\", \"x\": \"y\"}, \"RequestBody\": {\"source\": \"task\", \"n\": 1}"), "{}");

        Received request = only(server);
        assertEquals("s3cr3t", request.header("x-api-key"));
        assertEquals("payments", request.header("Team"));
        assertEquals("/orders?version=2&x=y", request.uri());
        assertEquals("{\"source\":\"connection\",\"n\":1}", request.body());
    }

    @Test
    void shouldSendBasicCredentialsOfTheConnection() throws Exception {
        LoopbackHttpServer server = server(LoopbackHttpServer.replying(200, "{}"));
        Expresso expresso = runtime(new RuntimeConfig().httpConnections(basicConnection(CONNECTION, "ann", "pä:ss")));
        run(expresso, task(server, "/", "\"Method\": \"GET\""), "{}");

        String credentials = only(server).header("Authorization");
        assertEquals("ann:pä:ss", new String(Base64.getDecoder().decode(credentials.substring("Basic ".length())),
                StandardCharsets.UTF_8));
        assertTrue(credentials.startsWith("Basic "));
    }

    @Test
    void shouldSendNoCredentialsForAConnectionTheFileDoesNotMap() throws Exception {
        LoopbackHttpServer server = server(LoopbackHttpServer.replying(200, "{}"));
        Expresso expresso = runtime(new RuntimeConfig().httpConnections(basicConnection(TOKEN_CONNECTION, "u", "p")));
        ExecutionResult result = run(expresso, task(server, "/", "\"Method\": \"GET\""), "{}");

        assertEquals(ExecutionStatus.SUCCEEDED, result.status());
        assertNull(only(server).header("Authorization"));
    }

    @Test
    void shouldFetchAnOAuthTokenOnceAndReuseItAcrossExecutions() throws Exception {
        AtomicInteger tokens = new AtomicInteger();
        LoopbackHttpServer server = oauthServer(tokens, ", \"token_type\": \"Bearer\", \"expires_in\": 3600", bearer -> 200);
        Expresso expresso = runtime(new RuntimeConfig().httpConnections(oauthConnection(server)));
        for (int i = 0; i < 3; i++) {
            assertEquals(ExecutionStatus.SUCCEEDED, run(expresso, oauthTask(server), "{}").status());
        }

        List<Received> received = new ArrayList<>(server.received());
        assertEquals(1, tokens.get());
        Received tokenRequest = received.get(0);
        assertEquals("POST", tokenRequest.method());
        assertEquals("/token?audience=api", tokenRequest.uri());
        assertEquals("Basic " + Base64.getEncoder().encodeToString("client-1:secret-1".getBytes(StandardCharsets.UTF_8)),
                tokenRequest.header("Authorization"));
        assertEquals("application/x-www-form-urlencoded", tokenRequest.header("Content-Type"));
        assertEquals("grant_type=client_credentials&scope=orders%3Aread", tokenRequest.body());
        for (Received call : received.subList(1, received.size())) {
            assertEquals("Bearer tok-1", call.header("Authorization"));
        }
    }

    @Test
    void shouldShareOneTokenFetchAmongExecutionsOnEveryLoop() throws Exception {
        AtomicInteger tokens = new AtomicInteger();
        LoopbackHttpServer server = server((ctx, request, exchange) -> {
            if (request.uri().startsWith("/token")) {
                // Answered late, so that the executions started meanwhile, on both loops, find the fetch in flight.
                int token = tokens.incrementAndGet();
                ctx.executor().schedule(() -> ctx.writeAndFlush(LoopbackHttpServer.response(200,
                        "{\"access_token\": \"tok-" + token + "\"}")), 200, TimeUnit.MILLISECONDS);
            } else {
                ctx.writeAndFlush(LoopbackHttpServer.response(200, "{}"));
            }
        });
        Expresso expresso = runtime(new RuntimeConfig().httpConnections(oauthConnection(server)));
        StateMachine machine = expresso.deploy("oauth", oauthTask(server));
        List<CompletableFuture<ExecutionResult>> runs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            runs.add(expresso.execute(machine, JsonObject.EMPTY).toCompletableFuture());
        }
        for (CompletableFuture<ExecutionResult> run : runs) {
            assertEquals(ExecutionStatus.SUCCEEDED, run.get(20, TimeUnit.SECONDS).status());
        }

        assertEquals(1, tokens.get());
        assertEquals(Collections.nCopies(20, "Bearer tok-1"), apiAuthorizations(server));
    }

    @Test
    void shouldFetchTheOAuthTokenAgainOnceItExpired() throws Exception {
        AtomicInteger tokens = new AtomicInteger();
        LoopbackHttpServer server = oauthServer(tokens, ", \"expires_in\": 0", bearer -> 200);
        Expresso expresso = runtime(new RuntimeConfig().httpConnections(oauthConnection(server)));
        run(expresso, oauthTask(server), "{}");
        run(expresso, oauthTask(server), "{}");

        assertEquals(2, tokens.get());
        assertEquals(List.of("Bearer tok-1", "Bearer tok-2"), apiAuthorizations(server));
    }

    @Test
    void shouldFetchAFreshTokenAndTryOnceMoreWhenTheApiAnswers401() throws Exception {
        AtomicInteger tokens = new AtomicInteger();
        LoopbackHttpServer server = oauthServer(tokens, "", bearer -> bearer.equals("Bearer tok-1") ? 401 : 200);
        Expresso expresso = runtime(new RuntimeConfig().httpConnections(oauthConnection(server)));
        ExecutionResult result = run(expresso, oauthTask(server), "{}");

        assertEquals(ExecutionStatus.SUCCEEDED, result.status(), result::toString);
        assertEquals(List.of("Bearer tok-1", "Bearer tok-2"), apiAuthorizations(server));
        run(expresso, oauthTask(server), "{}");
        assertEquals(2, tokens.get(), "the fresh token is kept for later executions");
    }

    @Test
    void shouldShowAnObserverEachExchangeOfTheAttemptWithAndWithoutTheConnectionsCredential() throws Exception {
        AtomicInteger tokens = new AtomicInteger();
        LoopbackHttpServer server = oauthServer(tokens, "", bearer -> bearer.equals("Bearer tok-1") ? 401 : 200);
        Expresso expresso = runtime(new RuntimeConfig().httpConnections(oauthConnection(server)));
        // Written on the execution's loop; read here after its result, which the stage publishes.
        List<String> seen = new ArrayList<>();
        ExchangeObserver observer = new ExchangeObserver() {
            @Override
            public void requested(HttpRequest sent, HttpRequest withoutSecrets) {
                seen.add(sent.method() + " " + sent.url() + " " + sent.headers().first("Authorization") + " | "
                        + withoutSecrets.url() + " " + withoutSecrets.headers().first("Authorization"));
            }

            @Override
            public void responded(HttpResponse response) {
                seen.add(response.status() + " " + response.reason());
            }
        };
        ExecutionResult result = expresso.execute(expresso.deploy("observed", oauthTask(server)), JsonObject.EMPTY, observer)
                .toCompletableFuture().get(20, TimeUnit.SECONDS);

        assertEquals(ExecutionStatus.SUCCEEDED, result.status(), result::toString);
        String api = server.uri("/api").toString();
        assertEquals(List.of("GET " + api + " Bearer tok-1 | " + api + " null", "401 Unauthorized",
                "GET " + api + " Bearer tok-2 | " + api + " null", "200 OK"), seen);
    }

    @Test
    void shouldFailWith401WhenTheFreshTokenIsRefusedToo() throws Exception {
        AtomicInteger tokens = new AtomicInteger();
        LoopbackHttpServer server = oauthServer(tokens, "", bearer -> 401);
        ExecutionResult result = run(runtime(new RuntimeConfig().httpConnections(oauthConnection(server))),
                oauthTask(server), "{}");

        assertEquals("States.Http.StatusCode.401", result.error());
        assertEquals("Unauthorized", result.cause());
        assertEquals(2, tokens.get());
    }

    @Test
    void shouldFailWithInvalidConnectionStateWhenTheTokenEndpointRefuses() throws Exception {
        LoopbackHttpServer server = server(LoopbackHttpServer.replying(400, "{\"error\": \"invalid_client\"}"));
        ExecutionResult result = run(runtime(new RuntimeConfig().httpConnections(oauthConnection(server))),
                oauthTask(server), "{}");

        assertEquals("Events.ConnectionResource.InvalidConnectionState", result.error());
        assertEquals("The connection could not get an OAuth token: " + server.uri("/token") + " answered 400 Bad Request.",
                result.cause());
        assertEquals(1, server.received().size(), "the API is not called without a token");
    }

    // ---- errors

    @Test
    void shouldLetCatchHandleANon2xxStatusWithTheStatusTextAsCause() throws Exception {
        LoopbackHttpServer server = server(LoopbackHttpServer.replying(503, "{\"retry\": true}"));
        String definition = machine(parameters(server, "/", "\"Method\": \"GET\""), "\"Catch\": [{\"ErrorEquals\":"
                + " [\"States.Http.StatusCode.503\"], \"ResultPath\": \"$.error\", \"Next\": \"Done\"}], \"End\": true", DONE);
        ExecutionResult result = run(runtime(new RuntimeConfig()), definition, "{\"order\": 1}");

        assertEquals("{\"order\":1,\"error\":{\"Error\":\"States.Http.StatusCode.503\",\"Cause\":\"Service Unavailable\"}}",
                result.output().toString());
    }

    @Test
    void shouldRetryANon2xxStatusUntilTheServerAnswers2xx() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        LoopbackHttpServer server = server((ctx, request, exchange) -> ctx.writeAndFlush(
                LoopbackHttpServer.response(calls.incrementAndGet() < 3 ? 429 : 200, "{\"n\": 1}")));
        String definition = machine(parameters(server, "/", "\"Method\": \"GET\""), "\"Retry\": [{\"ErrorEquals\":"
                + " [\"States.Http.StatusCode.429\"], \"MaxAttempts\": 3}], \"ResultSelector\": {\"status.$\": \"$.StatusCode\"},"
                + " \"End\": true", "");
        ExecutionResult result = run(runtime(new RuntimeConfig()), definition, "{}");

        assertEquals("{\"status\":200}", result.output().toString());
        assertEquals(3, server.received().size());
    }

    @Test
    void shouldTimeOutAServerThatNeverAnswersAtTimeoutSecondsAndCloseTheConnection() throws Exception {
        LoopbackHttpServer server = server((ctx, request, exchange) -> { });
        String definition = machine(parameters(server, "/", "\"Method\": \"GET\""), "\"TimeoutSeconds\": 2, \"End\": true", "");
        ExecutionResult result = run(runtime(new RuntimeConfig()), definition, "{}");

        assertEquals("States.Timeout", result.error());
        assertTrue(server.awaitClosedConnections(1), "the abandoned request's connection is closed");
    }

    @Test
    void shouldFailWithHttpSocketWhenNoResponseComesWithinAwsSixtySeconds() throws Exception {
        LoopbackHttpServer server = server((ctx, request, exchange) -> { });
        ExecutionResult result = run(runtime(new RuntimeConfig().timeScale(0.01)),
                task(server, "/", "\"Method\": \"GET\""), "{}");

        assertEquals("States.Http.Socket", result.error());
        assertEquals("No response within 600 ms.", result.cause());
    }

    @Test
    void shouldFailWithHttpSocketWhenTheConnectionIsRefused() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String definition = machine("{\"ApiEndpoint\": \"http://127.0.0.1:" + port + "/\", \"Method\": \"GET\","
                + " \"Authentication\": {\"ConnectionArn\": \"" + CONNECTION + "\"}}", CATCH_ALL, DONE);
        ExecutionResult result = run(runtime(new RuntimeConfig()), definition, "{}");

        JsonObject caught = (JsonObject) result.output();
        assertEquals("\"States.Http.Socket\"", caught.get("Error").toString());
        assertTrue(caught.get("Cause").toString().startsWith("\"Unable to connect to http://127.0.0.1:" + port),
                caught.toString());
    }

    @Test
    void shouldFailWithARuntimeErrorForAForbiddenHeaderGivenByAPath() throws Exception {
        LoopbackHttpServer server = server(LoopbackHttpServer.replying(200, "{}"));
        String definition = machine(parameters(server, "/", "\"Method\": \"GET\", \"Headers.$\": \"$.headers\""),
                CATCH_ALL, DONE);
        ExecutionResult result = run(runtime(new RuntimeConfig()), definition,
                "{\"headers\": {\"Authorization\": \"Bearer mine\"}}");

        assertEquals("States.Runtime", result.error(), "States.Runtime is not caught");
        assertEquals("The 'Headers' field contains unsupported values: [authorization].", result.cause());
        assertTrue(server.received().isEmpty());
    }

    @Test
    void shouldUseAMockedResponseInsteadOfCallingTheEndpoint() throws Exception {
        LoopbackHttpServer server = server(LoopbackHttpServer.replying(200, "{}"));
        Path mocks = folder.resolve("mocks.json");
        Files.writeString(mocks, "{\"StateMachines\": {\"http\": {\"TestCases\": {\"Offline\": {\"Call\": \"Ok\"}}}},"
                + " \"MockedResponses\": {\"Ok\": {\"0\": {\"Return\": {\"StatusCode\": 200, \"ResponseBody\": {\"mocked\": true}}}}}}");
        Expresso expresso = runtime(new RuntimeConfig().mockConfig(mocks));
        StateMachine machine = expresso.deploy("http", task(server, "/", "\"Method\": \"GET\""));
        ExecutionResult result = expresso.execute(machine, null, null, JsonObject.EMPTY, false,
                expresso.mockTestCase(machine, "Offline")).toCompletableFuture().get(20, TimeUnit.SECONDS);

        assertEquals("{\"StatusCode\":200,\"ResponseBody\":{\"mocked\":true}}", result.output().toString());
        assertTrue(server.received().isEmpty());
    }

    @Test
    void shouldRefuseAMalformedConnectionsFileAtStartWithThePlaceOfTheProblem() throws Exception {
        Path file = connectionsFile("{\"" + CONNECTION + "\": {\"AuthorizationType\": \"API_KEY\", \"AuthParameters\": {"
                + "\"ApiKeyAuthParameters\": {\"ApiKeyName\": \"x-api-key\", \"ApiKeyValue\": 42}}}}");
        RuntimeConfig config = new RuntimeConfig().httpConnections(file);

        HttpConnectionsException refused = assertThrows(HttpConnectionsException.class, config::conclude);
        assertEquals(file + ": $.Connections[\"" + CONNECTION + "\"].AuthParameters.ApiKeyAuthParameters.ApiKeyValue"
                + " must be a string, was number", refused.getMessage());
    }

    // ---- helpers

    private LoopbackHttpServer server(LoopbackHttpServer.Behaviour behaviour) throws InterruptedException {
        LoopbackHttpServer server = new LoopbackHttpServer(behaviour);
        open.add(server);
        return server;
    }

    private Expresso runtime(RuntimeConfig config) {
        if (config.timeScale() == 1.0) {
            config.timeScale(0.05);
        }
        Expresso expresso = Expresso.start(config.eventLoops(2));
        open.add(expresso);
        return expresso;
    }

    private static ExecutionResult run(Expresso expresso, String definition, String input) throws Exception {
        StateMachine machine = expresso.deploy("http-task", definition);
        return expresso.execute(machine, JsonParser.parse(input)).toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    private static String task(LoopbackHttpServer server, String path, String fields) {
        return machine(parameters(server, path, fields), "\"End\": true", "");
    }

    /** A machine that starts with the HTTP Task {@code Call}: its parameters, its other fields, then more states. */
    private static String machine(String parameters, String callFields, String otherStates) {
        return "{\"StartAt\": \"Call\", \"States\": {\"Call\": {\"Type\": \"Task\","
                + " \"Resource\": \"arn:aws:states:::http:invoke\", \"Parameters\": " + parameters + ", " + callFields + "}"
                + otherStates + "}}";
    }

    private static String parameters(LoopbackHttpServer server, String path, String fields) {
        return "{\"ApiEndpoint\": \"" + server.uri(path) + "\", \"Authentication\": {\"ConnectionArn\": \"" + CONNECTION
                + "\"}, " + fields + "}";
    }

    /**
     * A token endpoint at {@code /token} that hands out {@code tok-1}, {@code tok-2} … (with
     * {@code tokenFields} added to its answer), and an API elsewhere that answers the status
     * {@code apiStatus} gives for the request's {@code Authorization}.
     */
    private LoopbackHttpServer oauthServer(AtomicInteger tokens, String tokenFields, ToIntFunction<String> apiStatus)
            throws InterruptedException {
        return server((ctx, request, exchange) -> ctx.writeAndFlush(request.uri().startsWith("/token")
                ? LoopbackHttpServer.response(200, "{\"access_token\": \"tok-" + tokens.incrementAndGet() + "\"" + tokenFields + "}")
                : LoopbackHttpServer.response(apiStatus.applyAsInt(String.valueOf(request.headers().get("Authorization"))), "{}")));
    }

    private static String oauthTask(LoopbackHttpServer server) {
        return machine("{\"ApiEndpoint\": \"" + server.uri("/api") + "\", \"Method\": \"GET\","
                + " \"InvocationConfig\": {\"ConnectionArn\": \"" + TOKEN_CONNECTION + "\"}}", "\"End\": true", "");
    }

    private Path oauthConnection(LoopbackHttpServer server) throws IOException {
        return connectionsFile("{\"" + TOKEN_CONNECTION + "\": {\"AuthorizationType\": \"OAUTH_CLIENT_CREDENTIALS\","
                + " \"AuthParameters\": {\"OAuthParameters\": {\"AuthorizationEndpoint\": \"" + server.uri("/token") + "\","
                + " \"HttpMethod\": \"POST\", \"ClientParameters\": {\"ClientID\": \"client-1\", \"ClientSecret\": \"secret-1\"},"
                + " \"OAuthHttpParameters\": {\"BodyParameters\": [{\"Key\": \"scope\", \"Value\": \"orders:read\"}],"
                + " \"QueryStringParameters\": [{\"Key\": \"audience\", \"Value\": \"api\"}]}}}}}");
    }

    private Path basicConnection(String arn, String username, String password) throws IOException {
        return connectionsFile("{\"" + arn + "\": {\"AuthorizationType\": \"BASIC\", \"AuthParameters\": {"
                + "\"BasicAuthParameters\": {\"Username\": \"" + username + "\", \"Password\": \"" + password + "\"}}}}");
    }

    private Path connectionsFile(String connections) throws IOException {
        Path file = folder.resolve("connections-" + open.size() + ".json");
        Files.writeString(file, "{\"Connections\": " + connections + "}");
        return file;
    }

    private static List<String> apiAuthorizations(LoopbackHttpServer server) {
        return server.received().stream().filter(r -> r.uri().startsWith("/api"))
                .map(r -> r.header("Authorization")).toList();
    }

    private static Received only(LoopbackHttpServer server) {
        assertEquals(1, server.received().size(), () -> server.received().toString());
        return server.received().peek();
    }

    private static FullHttpResponse plain(int status, String contentType, String body) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status),
                Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        response.headers().set(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
        return response;
    }

    private static List<String> keys(JsonObject object) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < object.size(); i++) {
            keys.add(object.keyAt(i));
        }
        return keys;
    }
}
