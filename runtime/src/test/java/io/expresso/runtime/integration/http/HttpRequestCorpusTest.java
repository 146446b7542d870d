package io.expresso.runtime.integration.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import java.io.IOException;
import io.expresso.runtime.net.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@code corpus/http/requests.json}: each case gives an HTTP Task's evaluated
 * {@code Parameters}, optionally a connection (as in the connections file) and an OAuth token,
 * and the exact request expected on the wire — method, URI, headers in order, body (an empty
 * body when {@code null}) — or the
 * error the task fails with. AWS's documented examples are among the cases.
 */
class HttpRequestCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/http/requests.json");
    private static final String REGION = "us-east-1";

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        JsonArray cases = (JsonArray) ((JsonObject) JsonParser.parse(Files.readAllBytes(CORPUS))).get("cases");
        List<DynamicTest> tests = new ArrayList<>();
        for (Json value : cases.asList()) {
            JsonObject testCase = (JsonObject) value;
            tests.add(DynamicTest.dynamicTest(text(testCase.get("name")), () -> run(testCase)));
        }
        assertTrue(tests.size() >= 25, "the corpus holds at least 25 cases");
        return tests.stream();
    }

    private static void run(JsonObject testCase) {
        HttpInvokeRequest request = HttpInvokeRequest.read(testCase.get("parameters"));
        ConnectionSettings connection = connection(testCase, request);
        AslError failure = request.failure() != null ? request.failure() : request.bodyProblem(connection);
        JsonObject expected = (JsonObject) testCase.get("expected");
        if (expected.get("error") != null) {
            assertNotNull(failure, "the task fails");
            assertEquals(text(expected.get("error")), failure.name());
            assertEquals(text(expected.get("cause")), failure.cause());
            return;
        }
        assertNull(failure, () -> "no failure, got " + failure);
        Json token = testCase.get("oauthToken");
        NameValue authorization = connection == null ? null
                : AuthorizationHeader.of(connection.auth(), token == null ? null : text(token));
        HttpRequest wire = request.render(connection, authorization, REGION);
        assertEquals(text(expected.get("method")), wire.method());
        assertEquals(text(expected.get("uri")), wire.origin() + wire.target());
        assertEquals(headers((JsonArray) expected.get("headers")), wire.headers().toString());
        Json body = expected.get("body");
        assertEquals(body.isNull() ? "" : text(body), new String(wire.body(), StandardCharsets.UTF_8));
    }

    /** The case's connection, registered under the ARN the parameters name, as a connections file would. */
    private static ConnectionSettings connection(JsonObject testCase, HttpInvokeRequest request) {
        Json settings = testCase.get("connection");
        if (settings == null || request.connectionArn() == null) {
            return null;
        }
        JsonObject file = JsonObject.of("Connections", JsonObject.of(request.connectionArn(), settings));
        return HttpConnections.parse(file.toString().getBytes(StandardCharsets.UTF_8), "case")
                .find(request.connectionArn());
    }

    private static String headers(JsonArray expected) {
        StringBuilder text = new StringBuilder();
        for (Json pair : expected.asList()) {
            JsonArray nameValue = (JsonArray) pair;
            text.append(text(nameValue.get(0))).append(": ").append(text(nameValue.get(1))).append('\n');
        }
        return text.toString();
    }

    private static String text(Json value) {
        return ((JsonString) value).value();
    }
}
