package io.expresso.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.StateMachineTypeNotSupportedException;

/** What no SDK sends: unsigned requests, bad targets, broken bodies, oversized requests, the health check; on one kept-alive client. */
class RawHttpTest {

    private static ServerFixture fixture;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws InterruptedException {
        fixture = new ServerFixture(true);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static HttpResponse<String> post(String target, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fixture.server.endpoint() + "/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (target != null) {
            request.header("X-Amz-Target", target);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(HttpResponse<String> response, int status, String type) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject body = (JsonObject) JsonParser.parse(response.body());
        assertEquals(JsonString.of(type), body.get("__type"));
        assertTrue(body.get("message") instanceof JsonString);
        assertEquals(type.substring(type.indexOf('#') + 1), response.headers().firstValue("x-amzn-ErrorType").orElseThrow());
    }

    @Test
    void shouldAnswerEveryKindOfBadRequestAndKeepServing() throws Exception {
        assertError(post(null, "{}"), 400, "com.amazon.coral.service#UnknownOperationException");
        assertError(post("AWSStepFunctions.NoSuchThing", "{}"), 400, "com.amazon.coral.service#UnknownOperationException");
        assertError(post("AWSStepFunctions.ListStateMachines", "{not json"), 400, "com.amazon.coral.service#SerializationException");
        assertError(post("AWSStepFunctions.ListStateMachines", "[1]"), 400, "com.amazon.coral.service#SerializationException");
        assertError(post("AWSStepFunctions.ListStateMachines", "{\"maxResults\":\"ten\"}"), 400,
                "com.amazon.coral.service#SerializationException");
        assertError(post("AWSStepFunctions.DescribeStateMachine", "{}"), 400, "com.amazon.coral.validate#ValidationException");
        assertError(post("AWSStepFunctions.DescribeStateMachine", "{\"stateMachineArn\":\"arn:aws:states:us-east-1:123456789012:activity:x\"}"),
                400, "com.amazonaws.swf.service.v2.model#InvalidArn");
        assertError(post("AWSStepFunctions.ListStateMachines", "{\"pad\":\"" + "x".repeat(1_100_000) + "\"}"), 400,
                "com.amazon.coral.validate#ValidationException");
        HttpResponse<String> listed = post("AWSStepFunctions.ListStateMachines", "");
        assertEquals(200, listed.statusCode());
        assertEquals("application/x-amz-json-1.0", listed.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(listed.headers().firstValue("x-amzn-RequestId").isPresent());
    }

    @Test
    void shouldReportHealth() throws Exception {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.server.endpoint() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
    }

    @Test
    void shouldRefuseStandardMachinesWhenStrict() {
        StateMachineTypeNotSupportedException refused = org.junit.jupiter.api.Assertions.assertThrows(
                StateMachineTypeNotSupportedException.class, () -> fixture.sfn.createStateMachine(b -> b.name("std")
                        .definition(StateMachineApiTest.PASS).roleArn(ServerFixture.ROLE).type(StateMachineType.STANDARD)));
        assertEquals("This runtime supports only EXPRESS state machines; create it with type EXPRESS",
                refused.awsErrorDetails().errorMessage());
        fixture.sfn.createStateMachine(b -> b.name("exp").definition(StateMachineApiTest.PASS).roleArn(ServerFixture.ROLE)
                .type(StateMachineType.EXPRESS));
    }
}
