package io.expresso.codec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonSizeTest {

    private static void assertSizeMatchesSerializedBytes(Json value) {
        assertEquals(JsonSerializer.toBytes(value).length, value.serializedSize(), value::toString);
    }

    @Test
    void shouldMeasureExactlyWhatTheSerializerWrites() {
        String[] documents = {
            "null", "true", "false", "0", "-7", "9223372036854775807", "-9223372036854775808", "1.50", "1e3",
            "123456789012345678901234567890", "\"\"", "\"plain\"", "\"quote \\\" backslash \\\\ slash /\"",
            "\"\\n\\t\\r\\b\\f\\u0001\\u001f\\u007f\"", "\"é ✓ 😀 \\u2028\"", "[]", "{}", "[1,[2,[3]],{\"a\":null}]",
            "{\"k\\\"ey\":\"v\",\"n\":{\"deep\":[true,false,\"x\"]},\"e\":{}}"
        };
        for (String document : documents) {
            assertSizeMatchesSerializedBytes(JsonParser.parse(document));
        }
    }

    @Test
    void shouldMeasureBuiltValuesAndUnpairedSurrogates() {
        assertSizeMatchesSerializedBytes(JsonString.of("a\uD800b\uDC00c"));
        assertSizeMatchesSerializedBytes(JsonNumber.of(new BigDecimal("-0.000123")));
        JsonObject base = (JsonObject) JsonParser.parse("{\"a\":{\"b\":[1,2,3]},\"c\":\"ü\"}");
        assertSizeMatchesSerializedBytes(base.with("c", JsonString.of("new")).with("z", base));
    }

    @Test
    void shouldAgreeWithUtf8LengthOfCompactText() {
        Json value = JsonParser.parse("{\"name\":\"Zoë\",\"tags\":[\"α\",\"β\"],\"n\":12}");
        assertEquals(value.toString().getBytes(StandardCharsets.UTF_8).length, value.serializedSize());
    }

    @Test
    void shouldKeepSizesExactWhenDerivedFromParsingAndFromWith() {
        JsonObject parsed = (JsonObject) JsonParser.parse(
                "{\"plain\":\"abc\",\"escaped\":\"a\\u00e9\\/b\",\"n\":{\"deep\":[1,\"x\"]}}");
        assertSizeMatchesSerializedBytes(parsed);
        JsonObject replaced = parsed.with("plain", JsonString.of("longer value"));
        assertSizeMatchesSerializedBytes(replaced);
        JsonObject appended = replaced.with("added", parsed);
        assertSizeMatchesSerializedBytes(appended);
        assertSizeMatchesSerializedBytes(JsonObject.EMPTY.with("first", JsonNumber.of(7)));
        JsonObject.Shape shape = JsonObject.Shape.of("k\"1", "k2");
        assertSizeMatchesSerializedBytes(JsonObject.of(shape, new Json[] {JsonString.of("é"), JsonNull.NULL}));
    }
}
