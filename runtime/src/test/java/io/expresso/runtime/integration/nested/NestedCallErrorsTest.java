package io.expresso.runtime.integration.nested;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.ExecutionStatus;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.RuntimeConfig;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus {@code nested/call-errors.json}: Task parameters whose API call is refused, and the
 * error and cause a catcher sees; parameters that cannot form a call at all fail the execution
 * with {@code States.Runtime}, which no catcher sees ({@code "uncatchable": true}). In a cause,
 * {@code <uuid>} stands for a request id and {@code <any>} for text the JSON parser words.
 */
class NestedCallErrorsTest {

    private static final Pattern PLACEHOLDERS = Pattern.compile("<uuid>|<any>");
    private static Expresso expresso;
    private static int machines;

    @BeforeAll
    static void start() {
        expresso = Expresso.start(new RuntimeConfig().eventLoops(1));
        expresso.deploy("echo", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
    }

    @AfterAll
    static void stop() {
        expresso.close();
    }

    static List<Arguments> cases() throws IOException {
        try (InputStream in = NestedCallErrorsTest.class.getResourceAsStream("/nested/call-errors.json")) {
            List<Arguments> cases = new ArrayList<>();
            JsonArray all = (JsonArray) JsonParser.parse(in.readAllBytes());
            for (int i = 0; i < all.size(); i++) {
                JsonObject entry = (JsonObject) all.get(i);
                cases.add(Arguments.of(((JsonString) entry.get("case")).value(), entry));
            }
            return cases;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldReachTheCatcherWithTheErrorAndCauseOfTheRefusedCall(String name, JsonObject entry) throws Exception {
        Json parameters = entry.get("parameters");
        String definition = "{\"StartAt\":\"Start\",\"States\":{"
                + "\"Start\":{\"Type\":\"Task\",\"Resource\":\"" + ((JsonString) entry.get("resource")).value() + "\","
                + (parameters == null ? "" : "\"Parameters\":" + parameters + ",")
                + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Caught\"}],\"End\":true},"
                + "\"Caught\":{\"Type\":\"Pass\",\"End\":true}}}";
        Json input = entry.get("input") == null ? JsonObject.EMPTY : entry.get("input");
        ExecutionResult result = expresso.execute(expresso.deploy("parent" + machines++, definition), input)
                .toCompletableFuture().get(30, TimeUnit.SECONDS);

        String error;
        String cause;
        if (entry.get("uncatchable") != null) {
            assertEquals(ExecutionStatus.FAILED, result.status(), result::toString);
            error = result.error();
            cause = result.cause();
        } else {
            assertEquals(ExecutionStatus.SUCCEEDED, result.status(), result::toString);
            JsonObject caught = (JsonObject) result.output();
            error = ((JsonString) caught.get("Error")).value();
            cause = ((JsonString) caught.get("Cause")).value();
        }
        assertEquals(((JsonString) entry.get("error")).value(), error);
        assertTrue(causePattern(((JsonString) entry.get("cause")).value()).matcher(cause).matches(), cause);
    }

    private static Pattern causePattern(String expected) {
        StringBuilder regex = new StringBuilder();
        int from = 0;
        for (var placeholder = PLACEHOLDERS.matcher(expected); placeholder.find(); from = placeholder.end()) {
            regex.append(Pattern.quote(expected.substring(from, placeholder.start())))
                    .append(placeholder.group().equals("<uuid>") ? "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}" : ".+");
        }
        return Pattern.compile(regex.append(Pattern.quote(expected.substring(from))).toString());
    }
}
