package io.expresso.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.expresso.runtime.RuntimeConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/** An HTTP Task over the API: StartSyncExecution through the SDK, the task calling a JDK server on loopback. */
class HttpTaskApiTest {

    private static final String CONNECTION = "arn:aws:events:us-east-1:123456789012:connection/Orders/1";

    @TempDir
    static Path folder;
    private static HttpServer api;
    private static final Queue<String> apiKeys = new ConcurrentLinkedQueue<>();
    private static ExpressoServer server;
    private static SfnClient sfn;

    @BeforeAll
    static void start() throws Exception {
        api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        api.createContext("/orders", exchange -> {
            apiKeys.add(String.valueOf(exchange.getRequestHeaders().getFirst("x-api-key")));
            String path = exchange.getRequestURI().getPath();
            int status = path.endsWith("/404") ? 404 : 200;
            reply(exchange, status, "{\"id\": \"" + path.substring(path.lastIndexOf('/') + 1) + "\", \"state\": \"shipped\"}");
        });
        api.start();
        Path connections = Files.writeString(folder.resolve("connections.json"), "{\"Connections\": {\"" + CONNECTION
                + "\": {\"AuthorizationType\": \"API_KEY\", \"AuthParameters\": {"
                + "\"ApiKeyAuthParameters\": {\"ApiKeyName\": \"x-api-key\", \"ApiKeyValue\": \"k-1\"}}}}}");
        server = ExpressoServer.start(new ServerConfig().port(0)
                .runtime(new RuntimeConfig().eventLoops(2).httpConnections(connections)));
        sfn = ServerFixture.client(server.endpoint());
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @AfterAll
    static void stop() {
        sfn.close();
        server.close();
        api.stop(0);
    }

    @Test
    void shouldRunAnHttpTaskWithTheConnectionsApiKeyOverTheApi() {
        StartSyncExecutionResponse response = startSync("{\"order\": \"o-7\"}");

        assertEquals(SyncExecutionStatus.SUCCEEDED, response.status(), response::toString);
        // Evaluated keys come out in the order of AWS's templates (a Java HashMap's).
        assertEquals("{\"state\":\"shipped\",\"order\":\"o-7\",\"status\":200}", response.output());
        assertEquals("k-1", apiKeys.peek());
    }

    @Test
    void shouldFailTheExecutionWithTheStatusErrorAndStatusText() {
        StartSyncExecutionResponse response = startSync("{\"order\": \"404\"}");

        assertEquals(SyncExecutionStatus.FAILED, response.status());
        assertEquals("States.Http.StatusCode.404", response.error());
        assertEquals("Not Found", response.cause());
    }

    private static StartSyncExecutionResponse startSync(String input) {
        String definition = "{\"StartAt\": \"Get\", \"States\": {\"Get\": {\"Type\": \"Task\","
                + " \"Resource\": \"arn:aws:states:::http:invoke\", \"Parameters\": {"
                + "\"ApiEndpoint.$\": \"States.Format('http://127.0.0.1:" + api.getAddress().getPort() + "/orders/{}', $.order)\","
                + " \"Method\": \"GET\", \"Authentication\": {\"ConnectionArn\": \"" + CONNECTION + "\"}},"
                + " \"ResultSelector\": {\"status.$\": \"$.StatusCode\", \"state.$\": \"$.ResponseBody.state\"},"
                + " \"ResultPath\": \"$.result\", \"OutputPath\": \"$\", \"Next\": \"Flat\"},"
                + " \"Flat\": {\"Type\": \"Pass\", \"Parameters\": {\"order.$\": \"$.order\", \"status.$\": \"$.result.status\","
                + " \"state.$\": \"$.result.state\"}, \"End\": true}}}";
        String arn = sfn.createStateMachine(b -> b.name("ShipmentLookup").definition(definition).roleArn(ServerFixture.ROLE)
                .type(StateMachineType.EXPRESS)).stateMachineArn();
        return sfn.startSyncExecution(b -> b.stateMachineArn(arn).input(input));
    }
}
