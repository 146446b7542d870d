package io.expresso.codec.path;

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
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.testing.FixedScope;
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
 * Runs the path corpus: every {@code corpus/paths/*.json} file holds a {@code kind}
 * ({@code path}, {@code reference} or {@code resultPath}) and a list of cases; see the README
 * in that folder for the fields.
 */
class PathCorpusTest {

    @TestFactory
    Stream<DynamicNode> corpus() throws IOException, URISyntaxException {
        Path folder = Path.of(PathCorpusTest.class.getResource("/corpus/paths").toURI());
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        List<DynamicNode> containers = new ArrayList<>();
        for (Path file : files) {
            JsonObject document = (JsonObject) JsonParser.parse(Files.readAllBytes(file));
            String kind = string(document, "kind");
            List<DynamicNode> tests = new ArrayList<>();
            for (Json item : ((JsonArray) document.get("cases")).asList()) {
                JsonObject testCase = (JsonObject) item;
                String name = string(testCase, "name") + " [" + display(testCase.get("path")) + "]";
                tests.add(DynamicTest.dynamicTest(name, () -> run(kind, testCase)));
            }
            containers.add(DynamicContainer.dynamicContainer(file.getFileName().toString(), tests));
        }
        return containers.stream();
    }

    private static void run(String kind, JsonObject testCase) {
        switch (kind) {
            case "path" -> runSelect(testCase, false);
            case "reference" -> runSelect(testCase, true);
            case "resultPath" -> runResultPath(testCase);
            default -> fail("unknown corpus kind " + kind);
        }
    }

    private static void runSelect(JsonObject testCase, boolean reference) {
        String text = string(testCase, "path");
        if (testCase.get("compileError") != null) {
            InvalidExpressionException error = assertThrows(InvalidExpressionException.class,
                    () -> compile(text, reference));
            assertContains(error.getMessage(), string(testCase, "compileError"));
            return;
        }
        PathExpression path = compile(text, reference);
        Json input = orEmpty(testCase.get("input"));
        FixedScope scope = scope(testCase);
        Json actual = path.evaluate(input, scope);
        if (testCase.get("definite") != null) {
            assertEquals(testCase.get("definite") == JsonBoolean.TRUE, path.isDefinite(), "definite");
        }
        if (testCase.get("expectedCause") != null) {
            assertNull(actual, () -> "expected no result, got " + actual);
            assertEquals(string(testCase, "expectedCause"), path.invalidPathCause(input, scope));
            return;
        }
        Json expected = testCase.get("expected");
        assertNotNull(expected, "case has no expectation");
        assertNotNull(actual, () -> "no result; would fail with: " + path.invalidPathCause(input, scope));
        assertEquals(expected.toString(), actual.toString());
    }

    private static void runResultPath(JsonObject testCase) {
        Json pathValue = testCase.get("path");
        String text = pathValue instanceof JsonString ? ((JsonString) pathValue).value() : null;
        if (testCase.get("compileError") != null) {
            InvalidExpressionException error = assertThrows(InvalidExpressionException.class,
                    () -> ResultPathWriter.compile(text));
            assertContains(error.getMessage(), string(testCase, "compileError"));
            return;
        }
        ResultPathWriter writer = ResultPathWriter.compile(text);
        FixedScope scope = scope(testCase);
        Json output = writer.write(testCase.get("input"), testCase.get("result"), scope);
        if (testCase.get("error") != null) {
            JsonObject error = (JsonObject) testCase.get("error");
            assertNull(output, () -> "expected a failure, got " + output);
            assertEquals(AslError.of(string(error, "name"), string(error, "cause")), scope.failure());
            return;
        }
        assertNull(scope.failure());
        assertEquals(testCase.get("expected").toString(), String.valueOf(output));
    }

    private static PathExpression compile(String text, boolean reference) {
        return reference ? PathExpression.compileReference(text) : PathExpression.compile(text);
    }

    private static FixedScope scope(JsonObject testCase) {
        Json variables = testCase.get("variables");
        return new FixedScope(orEmpty(testCase.get("context")),
                variables == null ? JsonObject.EMPTY : (JsonObject) variables);
    }

    private static Json orEmpty(Json value) {
        return value == null ? JsonObject.EMPTY : value;
    }

    private static String string(JsonObject object, String key) {
        Json value = object.get(key);
        return value instanceof JsonString ? ((JsonString) value).value() : String.valueOf(value);
    }

    private static String display(Json path) {
        return path instanceof JsonString ? ((JsonString) path).value() : String.valueOf(path);
    }

    private static void assertContains(String actual, String expectedPart) {
        assertTrue(actual.contains(expectedPart), () -> "'" + actual + "' does not contain '" + expectedPart + "'");
    }
}
