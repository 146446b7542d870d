package io.expresso.codec.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.expresso.codec.error.AslError;
import io.expresso.codec.error.InvalidExpressionException;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.testing.Corpus;
import io.expresso.codec.testing.FixedScope;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs {@code corpus/templates}: template + input (+ context, variables) → output text, value or error. */
class PayloadTemplateCorpusTest {

    @TestFactory
    Stream<DynamicTest> corpus() {
        return Corpus.load("corpus/templates").stream()
                .map(c -> DynamicTest.dynamicTest(c.file + ": " + c.name, () -> run(c)));
    }

    private static void run(Corpus.Case c) {
        JsonObject template = (JsonObject) c.get("template");
        if (c.has("compileError")) {
            InvalidExpressionException e = assertThrows(InvalidExpressionException.class, () -> PayloadTemplate.compile(template));
            assertEquals(c.text("compileError"), e.getMessage());
            return;
        }
        FixedScope scope = new FixedScope(
                c.has("context") ? c.get("context") : JsonObject.EMPTY,
                c.has("variables") ? (JsonObject) c.get("variables") : JsonObject.EMPTY);
        Json output = PayloadTemplate.compile(template).evaluate(c.get("input"), scope);
        if (c.has("error")) {
            assertNull(output, "expected a failure");
            JsonObject error = (JsonObject) c.get("error");
            AslError failure = scope.failure();
            assertNotNull(failure, "a failure must be recorded");
            assertEquals(error.get("name").toString(), "\"" + failure.name() + "\"");
            assertEquals(((io.expresso.codec.json.JsonString) error.get("cause")).value(), failure.cause());
            return;
        }
        assertNotNull(output, () -> "unexpected failure: " + scope.failure());
        if (c.has("expectedText")) {
            assertEquals(c.text("expectedText"), output.toString());
        }
        if (c.has("expected")) {
            assertEquals(c.get("expected"), output);
        }
    }
}
