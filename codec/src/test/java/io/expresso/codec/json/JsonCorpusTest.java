package io.expresso.codec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the many small parse cases of {@code corpus/json/parse.json}: each input either parses and
 * serializes to an expected compact text, or fails with a message fragment at a byte position.
 *
 * <p>The corpus is itself read with {@link JsonParser}; a parser too broken to read it fails every
 * case at once, which is loud enough.
 */
final class JsonCorpusTest {

    private static final String CORPUS = "/corpus/json/parse.json";

    @TestFactory
    Stream<DynamicTest> shouldParseAndSerializeEveryCorpusCase() throws IOException {
        JsonArray cases = (JsonArray) ((JsonObject) JsonParser.parse(readCorpus())).get("cases");
        return cases.asList().stream().map(c -> (JsonObject) c).map(JsonCorpusTest::toTest);
    }

    private static DynamicTest toTest(JsonObject testCase) {
        String name = string(testCase, "name");
        byte[] input = input(testCase);
        if (testCase.get("output") != null) {
            String expected = string(testCase, "output");
            return DynamicTest.dynamicTest(name, () -> assertEquals(expected, roundTrip(input)));
        }
        String fragment = string(testCase, "error");
        long position = ((JsonNumber) testCase.get("position")).longValue();
        return DynamicTest.dynamicTest(name, () -> {
            JsonParseException e = assertThrows(JsonParseException.class, () -> JsonParser.parse(input));
            assertTrue(e.getMessage().contains(fragment), () -> "message '" + e.getMessage() + "' lacks '" + fragment + "'");
            assertEquals(position, e.position(), e::getMessage);
        });
    }

    private static String roundTrip(byte[] input) {
        return new String(JsonSerializer.toBytes(JsonParser.parse(input)), StandardCharsets.UTF_8);
    }

    private static byte[] input(JsonObject testCase) {
        if (testCase.get("inputHex") == null) {
            return string(testCase, "input").getBytes(StandardCharsets.UTF_8);
        }
        String[] pairs = string(testCase, "inputHex").split(" ");
        byte[] bytes = new byte[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            bytes[i] = (byte) Integer.parseInt(pairs[i], 16);
        }
        return bytes;
    }

    private static String string(JsonObject object, String key) {
        Json value = object.get(key);
        assertNotNull(value, () -> "corpus case lacks '" + key + "': " + object);
        return ((JsonString) value).value();
    }

    private static byte[] readCorpus() throws IOException {
        try (InputStream in = JsonCorpusTest.class.getResourceAsStream(CORPUS)) {
            assertNotNull(in, CORPUS + " is not on the test class path");
            return in.readAllBytes();
        }
    }
}
