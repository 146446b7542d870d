package io.expresso.http;

import static io.expresso.http.ServerFixture.ROLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.expresso.fixtures.LoopbackHttpServer.Received;
import io.expresso.fixtures.LoopbackHttpServer;
import io.expresso.runtime.RuntimeConfig;
import io.netty.handler.codec.http.FullHttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.InspectionDataRequest;
import software.amazon.awssdk.services.sfn.model.InspectionDataResponse;
import software.amazon.awssdk.services.sfn.model.InspectionLevel;
import software.amazon.awssdk.services.sfn.model.TestExecutionStatus;
import software.amazon.awssdk.services.sfn.model.TestStateRequest;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;

/**
 * TestState at inspection level TRACE on an HTTP Task, through the AWS SDK: the request the task
 * sent to a loopback server and the response it got, with the connection's additions shown only
 * when {@code revealSecrets} asks for them.
 */
class TestStateHttpTraceTest {

    private static final String CONNECTION = "arn:aws:events:us-east-1:123456789012:connection/Orders/1";
    private static final String ORDER_BODY = "{\"id\":\"o-9\",\"state\":\"open\"}";

    @TempDir
    static Path folder;
    private static LoopbackHttpServer api;
    private static ExpressoServer server;
    private static SfnClient sfn;

    @BeforeAll
    static void start() throws Exception {
        api = new LoopbackHttpServer((ctx, request, exchange) -> {
            if (request.uri().startsWith("/missing")) {
                ctx.writeAndFlush(LoopbackHttpServer.response(404, "{\"message\":\"no such order\"}"));
                return;
            }
            FullHttpResponse response = LoopbackHttpServer.response(201, ORDER_BODY);
            response.headers().add("X-Order", "o-9");
            ctx.writeAndFlush(response);
        });
        Path connections = Files.writeString(folder.resolve("connections.json"), """
                {"Connections":{"%s":{"AuthorizationType":"API_KEY","AuthParameters":{
                  "ApiKeyAuthParameters":{"ApiKeyName":"x-api-key","ApiKeyValue":"secret-key"},
                  "InvocationHttpParameters":{
                    "HeaderParameters":[{"Key":"X-Tenant","Value":"acme"}],
                    "QueryStringParameters":[{"Key":"api-version","Value":"2"}],
                    "BodyParameters":[{"Key":"source","Value":"sfn"}]}}}}}""".formatted(CONNECTION));
        server = ExpressoServer.start(new ServerConfig().port(0).runtime(new RuntimeConfig().eventLoops(2).httpConnections(connections)));
        sfn = ServerFixture.client(server.endpoint());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        sfn.close();
        server.close();
        api.close();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        api.received().clear();
    }

    @Test
    void shouldShowTheRequestAsTheStateMakesItWithoutWhatTheConnectionAdds() {
        TestStateResponse tested = trace("/orders", b -> { });

        assertEquals(TestExecutionStatus.SUCCEEDED, tested.status(), tested::toString);
        InspectionDataRequest request = tested.inspectionData().request();
        assertEquals("http", request.protocol());
        assertEquals("POST", request.method());
        assertEquals(url("/orders?expand=lines"), request.url());
        assertEquals("[X-Request: r-1, Content-Type: application/json; charset=UTF-8,"
                + " User-Agent: Amazon|StepFunctions|HttpInvoke|us-east-1, Range: bytes=0-262144]", request.headers());
        assertEquals("{\"item\":\"pen\"}", request.body());
        assertSentWithTheConnectionsAdditions();
    }

    @Test
    void shouldShowTheRequestAsSentWhenSecretsAreRevealed() {
        TestStateResponse tested = trace("/orders", b -> b.revealSecrets(true));

        assertEquals(TestExecutionStatus.SUCCEEDED, tested.status(), tested::toString);
        InspectionDataRequest request = tested.inspectionData().request();
        assertEquals(url("/orders?expand=lines&api-version=2"), request.url());
        assertEquals("[X-Request: r-1, X-Tenant: acme, x-api-key: secret-key, Content-Type: application/json; charset=UTF-8,"
                + " User-Agent: Amazon|StepFunctions|HttpInvoke|us-east-1, Range: bytes=0-262144]", request.headers());
        assertEquals("{\"item\":\"pen\",\"source\":\"sfn\"}", request.body());
        assertSentWithTheConnectionsAdditions();
    }

    @Test
    void shouldShowTheResponseAsItCameBeforeTheResultSteps() {
        TestStateResponse tested = trace("/orders", b -> { });

        InspectionDataResponse response = tested.inspectionData().response();
        assertEquals("http", response.protocol());
        assertEquals("201", response.statusCode());
        assertEquals("Created", response.statusMessage());
        assertEquals("[content-type: application/json, content-length: " + ORDER_BODY.length() + ", X-Order: o-9]",
                response.headers());
        assertEquals(ORDER_BODY, response.body());
        // Evaluated keys come out in the order of AWS's templates (a Java HashMap's).
        assertEquals("{\"id\":\"o-9\",\"status\":201}", tested.inspectionData().afterResultSelector());
        assertEquals("{\"id\":\"o-9\",\"status\":201}", tested.output());
    }

    @Test
    void shouldShowTheExchangeOfAStatusThatFailsTheTask() {
        TestStateResponse tested = trace("/missing", b -> { });

        assertEquals(TestExecutionStatus.FAILED, tested.status());
        assertEquals("States.Http.StatusCode.404", tested.error());
        assertEquals("Not Found", tested.cause());
        assertEquals(url("/missing?expand=lines"), tested.inspectionData().request().url());
        assertEquals("404", tested.inspectionData().response().statusCode());
        assertEquals("{\"message\":\"no such order\"}", tested.inspectionData().response().body());
    }

    @Test
    void shouldLeaveTheExchangeOutAtDebug() {
        TestStateResponse tested = trace("/orders", b -> b.inspectionLevel(InspectionLevel.DEBUG).revealSecrets(true));

        assertEquals(TestExecutionStatus.SUCCEEDED, tested.status(), tested::toString);
        assertEquals("{\"id\":\"o-9\",\"status\":201}", tested.inspectionData().afterResultSelector());
        assertNull(tested.inspectionData().request());
        assertNull(tested.inspectionData().response());
    }

    /** Tests the HTTP Task on {@code path} at TRACE, then as {@code more} says. */
    private static TestStateResponse trace(String path, Consumer<TestStateRequest.Builder> more) {
        String definition = """
                {"Type":"Task","Resource":"arn:aws:states:::http:invoke",
                  "Parameters":{"ApiEndpoint":"%s","Method":"POST","Authentication":{"ConnectionArn":"%s"},
                    "Headers":{"X-Request":"r-1"},"QueryParameters":{"expand":"lines"},"RequestBody":{"item.$":"$.item"}},
                  "ResultSelector":{"status.$":"$.StatusCode","id.$":"$.ResponseBody.id"},"End":true}"""
                .formatted(url(path), CONNECTION);
        return sfn.testState(b -> {
            b.definition(definition).roleArn(ROLE).input("{\"item\":\"pen\"}").inspectionLevel(InspectionLevel.TRACE);
            more.accept(b);
        });
    }

    /** Whatever is shown, the API got the connection's key, header, query parameter and body parameter. */
    private static void assertSentWithTheConnectionsAdditions() {
        Received sent = api.received().peek();
        assertEquals("/orders?expand=lines&api-version=2", sent.uri());
        assertEquals("secret-key", sent.header("x-api-key"));
        assertEquals("acme", sent.header("X-Tenant"));
        assertEquals("{\"item\":\"pen\",\"source\":\"sfn\"}", sent.body());
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + api.port() + path;
    }
}
