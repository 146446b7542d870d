package io.expresso.runtime.asl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonNull;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the definition corpus: each file under {@code corpus/definitions} holds cases of a
 * definition (as JSON, or as raw text for malformed input) and the exact diagnostics expected,
 * in order, or {@code "valid"}.
 */
class DefinitionCorpusTest {

    private static final Path CORPUS = Paths.get("src/test/resources/corpus/definitions");

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.sorted().toList()) {
                JsonArray cases = (JsonArray) ((JsonObject) JsonParser.parse(Files.readAllBytes(file))).get("cases");
                for (Json value : cases.asList()) {
                    JsonObject testCase = (JsonObject) value;
                    String name = file.getFileName() + ": " + text(testCase.get("name"));
                    tests.add(DynamicTest.dynamicTest(name, () -> run(testCase)));
                }
            }
        }
        assertTrue(tests.size() >= 60, "the corpus holds at least 60 cases");
        return tests.stream();
    }

    private static void run(JsonObject testCase) {
        Json text = testCase.get("definitionText");
        DefinitionResult result = DefinitionParser.parse(
                text != null ? text(text) : testCase.get("definition").toString());
        Json expected = testCase.get("expected");
        if (expected.isString()) {
            assertEquals("valid", text(expected));
            assertEquals(List.of(), result.diagnostics(), "no diagnostics");
            assertTrue(result.isValid());
            return;
        }
        List<String> wanted = new ArrayList<>();
        for (Json diagnostic : ((JsonArray) expected).asList()) {
            wanted.add(render((JsonObject) diagnostic));
        }
        List<String> actual = new ArrayList<>();
        for (Diagnostic diagnostic : result.diagnostics()) {
            actual.add(diagnostic.severity() + " " + diagnostic.code() + " | " + diagnostic.location() + " | "
                    + diagnostic.message());
        }
        assertEquals(String.join("\n", wanted), String.join("\n", actual));
    }

    private static String render(JsonObject diagnostic) {
        Json severity = diagnostic.get("severity");
        Json location = diagnostic.get("location");
        return (severity == null ? "ERROR" : text(severity)) + " " + text(diagnostic.get("code")) + " | "
                + (location == null || location == JsonNull.NULL ? "null" : text(location)) + " | "
                + text(diagnostic.get("message"));
    }

    private static String text(Json value) {
        return ((JsonString) value).value();
    }
}
