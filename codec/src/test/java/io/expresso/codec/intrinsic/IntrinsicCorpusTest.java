package io.expresso.codec.intrinsic;

import io.expresso.codec.testing.FixedScope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.expresso.codec.error.AslError;
import io.expresso.codec.error.InvalidExpressionException;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case in {@code corpus/intrinsics/*.json}. A file is {@code {"cases": [...]}}; a case has
 * {@code name}, {@code expression} (the decoded {@code .$} value), optional {@code field} (default
 * {@code value.$}), {@code input} (default {@code {}}), {@code context} and {@code variables}, and
 * exactly one expectation: {@code result} (compared as compact JSON, so key order counts),
 * {@code resultMatches} (a regex over the compact result), {@code error} ({@code {name, cause}}) or
 * {@code compileError} (a fragment of the reason).
 */
class IntrinsicCorpusTest {

    @TestFactory
    Stream<DynamicNode> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(IntrinsicCorpusTest.class.getResource("/corpus/intrinsics").toURI());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(dir)) {
            listing.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        assertTrue(!files.isEmpty(), "no corpus files in " + dir);
        return files.stream().map(IntrinsicCorpusTest::file);
    }

    private static DynamicContainer file(Path path) {
        JsonObject document;
        try {
            document = (JsonObject) JsonParser.parse(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        JsonArray cases = (JsonArray) document.get("cases");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            JsonObject c = (JsonObject) cases.get(i);
            tests.add(DynamicTest.dynamicTest(text(c, "name", "case " + i), () -> run(c)));
        }
        return DynamicContainer.dynamicContainer(path.getFileName().toString(), tests);
    }

    private static void run(JsonObject c) {
        String expression = text(c, "expression", null);
        String field = text(c, "field", "value.$");
        if (c.get("compileError") != null) {
            InvalidExpressionException e =
                    assertThrows(InvalidExpressionException.class, () -> IntrinsicCall.compile(expression, field));
            String fragment = text(c, "compileError", "");
            assertTrue(e.reason().contains(fragment), () -> "reason '" + e.reason() + "' lacks '" + fragment + "'");
            return;
        }
        IntrinsicCall call = IntrinsicCall.compile(expression, field);
        Json input = orDefault(c.get("input"), JsonObject.EMPTY);
        FixedScope scope = new FixedScope(orDefault(c.get("context"), JsonObject.EMPTY),
                (JsonObject) orDefault(c.get("variables"), JsonObject.EMPTY));
        Json actual = call.evaluate(input, scope);
        AslError failure = scope.takeFailure();
        if (c.get("error") != null) {
            assertNull(actual, "expected a failure");
            assertNotNull(failure, "no failure recorded");
            JsonObject error = (JsonObject) c.get("error");
            assertEquals(text(error, "name", null), failure.name());
            assertEquals(text(error, "cause", null), failure.cause());
            return;
        }
        if (failure != null) {
            fail("unexpected failure " + failure);
        }
        assertNotNull(actual);
        if (c.get("resultMatches") != null) {
            String pattern = text(c, "resultMatches", null);
            assertTrue(actual.toString().matches(pattern), () -> actual + " does not match " + pattern);
        } else if (c.get("result") != null) {
            assertEquals(c.get("result").toString(), actual.toString());
        } else {
            fail("case has no expectation");
        }
    }

    private static Json orDefault(Json value, Json fallback) {
        return value == null ? fallback : value;
    }

    private static String text(JsonObject object, String key, String fallback) {
        Json value = object.get(key);
        return value instanceof JsonString ? ((JsonString) value).value() : fallback;
    }
}
