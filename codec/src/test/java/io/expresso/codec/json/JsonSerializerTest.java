package io.expresso.codec.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Compact output and Jackson-style string escaping. */
final class JsonSerializerTest {

    private static final String DOCUMENT = "{\"id\":\"o-1\",\"total\":12.50,\"big\":123456789012345678901234567890,"
        + "\"tags\":[\"a\",\"b\"],\"nested\":{\"ok\":true,\"none\":null,\"list\":[[],{}]},\"text\":\"caf\u00e9 \uD83D\uDE00\"}";

    @Test
    void shouldWriteCompactTextInStoredKeyOrder() {
        Json value = JsonObject.builder(3)
            .add("z", JsonNumber.of(1))
            .add("a", JsonArray.of(JsonBoolean.TRUE, JsonNull.NULL))
            .add("m", JsonString.of("x"))
            .build();

        assertEquals("{\"z\":1,\"a\":[true,null],\"m\":\"x\"}", value.toString());
    }

    @Test
    void shouldRoundTripCompactTextByteForByte() {
        byte[] compact = DOCUMENT.getBytes(StandardCharsets.UTF_8);

        assertArrayEquals(compact, JsonSerializer.toBytes(JsonParser.parse(compact)));
    }

    @Test
    void shouldRoundTripPrettyTextToAnEqualValue() {
        String pretty = "{\n  \"a\" : [ 1, 2.0 ],\n  \"b\" : { \"c\" : \"d\" }\n}\n";

        Json value = JsonParser.parse(pretty);

        assertEquals(value, JsonParser.parse(JsonSerializer.toBytes(value)));
        assertEquals("{\"a\":[1,2.0],\"b\":{\"c\":\"d\"}}", value.toString());
    }

    @Test
    void shouldEscapeQuoteAndBackslash() {
        assertEquals("\"say \\\"hi\\\" \\\\o/\"", JsonString.of("say \"hi\" \\o/").toString());
    }

    @Test
    void shouldWriteShortEscapesForCommonControlCharacters() {
        assertEquals("\"\\b\\f\\n\\r\\t\"", JsonString.of("\b\f\n\r\t").toString());
    }

    @Test
    void shouldWriteOtherControlCharactersAsUpperCaseUnicodeEscapes() {
        assertEquals("\"\\u0000\\u0001\\u000B\\u000E\\u001A\\u001F\"",
            JsonString.of("\u0000\u0001\u000b\u000e\u001a\u001f").toString());
    }

    @Test
    void shouldRoundTripEveryControlCharacter() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            all.append(c);
        }
        JsonString value = JsonString.of(all.toString());

        assertEquals(value, JsonParser.parse(JsonSerializer.toBytes(value)));
    }

    @Test
    void shouldWriteSolidusDeleteAndLineSeparatorsRaw() {
        assertEquals("\"a/b\u007f\u2028\u2029\"", JsonString.of("a/b\u007f\u2028\u2029").toString());
    }

    @Test
    void shouldWriteNonAsciiAsUtf8Bytes() {
        String text = "\u00e9\u20ac\uD83D\uDE00";

        byte[] bytes = JsonSerializer.toBytes(JsonString.of(text));

        assertArrayEquals(("\"" + text + "\"").getBytes(StandardCharsets.UTF_8), bytes);
    }

    @Test
    void shouldEscapeUnpairedSurrogatesInsteadOfFailing() {
        Json value = JsonObject.of("k\uDFFF", JsonArray.of(JsonString.of("a\uD800\"b"), JsonString.of("\uD83D\uDE00\uDC00")));

        assertEquals("{\"k\\uDFFF\":[\"a\\uD800\\\"b\",\"\uD83D\uDE00\\uDC00\"]}", value.toString());
    }

    @Test
    void shouldWriteTheNextDocumentNormallyAfterEscapingUnpairedSurrogates() {
        JsonSerializer serializer = new JsonSerializer();
        serializer.write(JsonString.of("\uD800"));

        byte[] bytes = serializer.write(JsonString.of("\uD83D\uDE00"));

        assertArrayEquals("\"\uD83D\uDE00\"".getBytes(StandardCharsets.UTF_8), bytes);
    }

    @Test
    void shouldEscapeKeysLikeValues() {
        assertEquals("{\"a\\\"b\\n\":1}", JsonObject.of("a\"b\n", JsonNumber.of(1)).toString());
    }

    @Test
    void shouldWriteTheSameBytesToAStream() throws IOException {
        Json value = JsonParser.parse(DOCUMENT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new JsonSerializer().write(value, out);

        assertArrayEquals(JsonSerializer.toBytes(value), out.toByteArray());
    }

    @Test
    void shouldReportSizeInUtf8Bytes() {
        Json value = JsonParser.parse(DOCUMENT);

        assertEquals(DOCUMENT.getBytes(StandardCharsets.UTF_8).length, JsonSerializer.sizeOf(value));
    }

    @Test
    void shouldGrowPastTheInitialBufferForLargeDocuments() {
        JsonArray.Builder items = new JsonArray.Builder(10_000);
        for (int i = 0; i < 10_000; i++) {
            items.add(JsonObject.of("i", JsonNumber.of(i)));
        }
        JsonArray value = items.build();

        assertEquals(value, JsonParser.parse(JsonSerializer.toBytes(value)));
    }
}
