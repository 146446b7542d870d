package io.expresso.bench.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.codec.json.JsonString;
import io.expresso.fixtures.WorkloadFiles;
import io.expresso.http.ExpressoServer;
import io.expresso.http.ServerConfig;
import io.expresso.runtime.RuntimeConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The mock file of the mocked order-pipeline scenario ({@code bench/mocks/order-pipeline.mock.json})
 * stands in for the workload's three functions exactly: served as {@code expresso serve
 * --mock-config} serves it, an execution on {@code order-pipeline#Downstream5ms} ends with the
 * workload's expected output, so the load run measures the real workflow with slow dependencies.
 */
class MockedOrderPipelineTest {

    private static final String MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:order-pipeline#Downstream5ms";

    @Test
    void shouldEndWithTheWorkloadsExpectedOutput() throws Exception {
        try (ExpressoServer server = ExpressoServer.start(new ServerConfig().port(0).definitions(WorkloadFiles.folder())
                .runtime(new RuntimeConfig().allowUnboundResources(true).mockConfig(Path.of("mocks/order-pipeline.mock.json"))))) {
            String input = new String(WorkloadFiles.read("order-pipeline", "input"), StandardCharsets.UTF_8);
            JsonObject reply = startSync(server.endpoint(), input);

            assertEquals("SUCCEEDED", ((JsonString) reply.get("status")).value(), JsonSerializer.toCompactString(reply));
            assertEquals(JsonParser.parse(WorkloadFiles.read("order-pipeline", "expected")),
                JsonParser.parse(((JsonString) reply.get("output")).value()));
        }
    }

    private static JsonObject startSync(String endpoint, String input) throws IOException, InterruptedException {
        String body = JsonSerializer.toCompactString(JsonObject.builder(2)
            .add("stateMachineArn", JsonString.of(MACHINE))
            .add("input", JsonString.of(input))
            .build());
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint))
            .header("X-Amz-Target", "AWSStepFunctions.StartSyncExecution")
            .header("Content-Type", "application/x-amz-json-1.0")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) JsonParser.parse(response.body());
    }
}
