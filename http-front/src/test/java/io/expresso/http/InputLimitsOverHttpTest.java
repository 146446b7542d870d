package io.expresso.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/**
 * The JSON read limits over the wire: numbers of at most 1,000 characters and at most 1,000 levels
 * of nesting, in the request body, in an execution's input and in a definition. AWS was not
 * recorded at these sizes; its Java front most likely reads JSON with Jackson's default limits,
 * which are these, and refuses past them as it refuses any unreadable body or input.
 */
class InputLimitsOverHttpTest {

    private static final String SERIALIZATION = "com.amazon.coral.service#SerializationException";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ServerFixture fixture;
    private static String echo;

    @BeforeAll
    static void start() throws InterruptedException {
        fixture = new ServerFixture(false);
        echo = fixture.create("echo", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}",
                StateMachineType.EXPRESS);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void shouldReadARequestWhoseNumberHasAThousandCharactersAndRefuseOneMore() throws Exception {
        assertEquals(200, post("ListStateMachines", "{\"pad\": " + digits(1000) + "}").statusCode());

        HttpResponse<String> refused = post("ListStateMachines", "{\"pad\": " + digits(1001) + "}");

        assertError(refused, 400, SERIALIZATION);
        assertTrue(message(refused).contains("Number longer than 1000 characters"), refused.body());
    }

    @Test
    void shouldReadARequestNestedAThousandLevelsAndRefuseOneMore() throws Exception {
        // The body's own object is the first level.
        assertEquals(200, post("ListStateMachines", "{\"pad\": " + nested(999) + "}").statusCode());

        HttpResponse<String> refused = post("ListStateMachines", "{\"pad\": " + nested(1000) + "}");

        assertError(refused, 400, SERIALIZATION);
        assertTrue(message(refused).contains("Nesting deeper than 1000 levels"), refused.body());
    }

    @Test
    void shouldRefuseAnExecutionInputPastTheLimitsAsInvalidInput() throws Exception {
        String ok = startSync("{\\\"n\\\": " + digits(1000) + "}");
        assertTrue(ok.contains("\"status\":\"SUCCEEDED\""), ok);

        HttpResponse<String> longNumber = post("StartSyncExecution", startSyncBody("{\\\"n\\\": " + digits(1001) + "}"));
        assertError(longNumber, 400, "com.amazonaws.swf.service.v2.model#InvalidExecutionInput");

        HttpResponse<String> deep = post("StartSyncExecution", startSyncBody(nested(1001)));
        assertError(deep, 400, "com.amazonaws.swf.service.v2.model#InvalidExecutionInput");
    }

    @Test
    void shouldRefuseADefinitionPastTheLimitsAsInvalidDefinition() throws Exception {
        String definition = "{\\\"StartAt\\\":\\\"P\\\",\\\"States\\\":{\\\"P\\\":{\\\"Type\\\":\\\"Pass\\\","
                + "\\\"Result\\\":" + digits(1001) + ",\\\"End\\\":true}}}";

        HttpResponse<String> refused = post("CreateStateMachine", "{\"name\":\"long-number\",\"roleArn\":\""
                + ServerFixture.ROLE + "\",\"type\":\"EXPRESS\",\"definition\":\"" + definition + "\"}");

        assertError(refused, 400, "com.amazonaws.swf.service.v2.model#InvalidDefinition");
        assertTrue(message(refused).contains("Number longer than 1000 characters"), refused.body());
    }

    private static String startSync(String escapedInput) throws Exception {
        HttpResponse<String> response = post("StartSyncExecution", startSyncBody(escapedInput));
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static String startSyncBody(String escapedInput) {
        return "{\"stateMachineArn\":\"" + echo + "\",\"input\":\"" + escapedInput + "\"}";
    }

    private static HttpResponse<String> post(String operation, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(fixture.server.endpoint() + "/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AWSStepFunctions." + operation)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(HttpResponse<String> response, int status, String type) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(JsonString.of(type), ((JsonObject) JsonParser.parse(response.body())).get("__type"), response.body());
    }

    private static String message(HttpResponse<String> response) {
        return ((JsonString) ((JsonObject) JsonParser.parse(response.body())).get("message")).value();
    }

    private static String digits(int count) {
        return "1".repeat(count);
    }

    /** @return {@code levels} arrays, one inside the other, around a zero */
    private static String nested(int levels) {
        return "[".repeat(levels) + "0" + "]".repeat(levels);
    }
}
