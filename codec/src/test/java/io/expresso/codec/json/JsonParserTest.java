package io.expresso.codec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The parser's decoding and limits beyond the one-line corpus cases. */
final class JsonParserTest {

    @Test
    void shouldDecodeEveryShortEscape() {
        Json value = JsonParser.parse("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"");

        assertEquals(JsonString.of("\" \\ / \b \f \n \r \t"), value);
    }

    @Test
    void shouldDecodeUnicodeEscapesInEitherCase() {
        assertEquals(JsonString.of("\u00e9\u00e9\u20ac"), JsonParser.parse("\"\\u00e9\\u00E9\\u20AC\""));
    }

    @Test
    void shouldDecodeEscapedSurrogatePairToOneCodePoint() {
        String value = ((JsonString) JsonParser.parse("\"\\uD83D\\uDE00\"")).value();

        assertEquals(1, value.codePointCount(0, value.length()));
        assertEquals(0x1F600, value.codePointAt(0));
    }

    @Test
    void shouldDecodeRawUtf8OfEveryLength() {
        String text = "A\u00e9\u20ac\uD834\uDD1E";
        byte[] bytes = ("\"" + text + "\"").getBytes(StandardCharsets.UTF_8);

        assertEquals(JsonString.of(text), JsonParser.parse(bytes));
    }

    @Test
    void shouldParseOnlyTheGivenLengthOfTheBuffer() {
        byte[] buffer = "[1,2]garbage".getBytes(StandardCharsets.US_ASCII);

        assertEquals(JsonArray.of(JsonNumber.of(1), JsonNumber.of(2)), new JsonParser().read(buffer, 5));
    }

    @Test
    void shouldReuseOneParserAcrossDocumentsAfterAnError() {
        JsonParser parser = new JsonParser();
        byte[] bad = "{\"a\":{\"b\":1,\"b\":2}}".getBytes(StandardCharsets.US_ASCII);
        byte[] good = "{\"x\":{\"y\":1,\"z\":2}}".getBytes(StandardCharsets.US_ASCII);

        assertThrows(JsonParseException.class, () -> parser.read(bad, bad.length));

        assertEquals("{\"x\":{\"y\":1,\"z\":2}}", parser.read(good, good.length).toString());
    }

    @Test
    void shouldAllowSameKeyInSiblingAndNestedObjects() {
        Json value = JsonParser.parse("{\"a\":{\"a\":1},\"b\":[{\"a\":2},{\"a\":3}]}");

        assertEquals("{\"a\":{\"a\":1},\"b\":[{\"a\":2},{\"a\":3}]}", value.toString());
    }

    @Test
    void shouldPointDuplicateKeyErrorAtTheRepeatedKey() {
        String text = "{\"a\":1,\"b\":2,\"a\":3}";

        JsonParseException e = assertThrows(JsonParseException.class, () -> JsonParser.parse(text));

        assertEquals(text.lastIndexOf("\"a\""), e.position());
        assertTrue(e.getMessage().startsWith("Duplicate key 'a'"), e.getMessage());
    }

    @Test
    void shouldRejectDuplicateKeyAmongManyKeys() {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < 40; i++) {
            text.append("\"key").append(i).append("\":").append(i).append(',');
        }
        int repeatAt = text.length();
        text.append("\"key17\":0}");

        JsonParseException e = assertThrows(JsonParseException.class, () -> JsonParser.parse(text.toString()));

        assertEquals(repeatAt, e.position());
        assertTrue(e.getMessage().contains("'key17'"), e.getMessage());
    }

    @Test
    void shouldAcceptNestingOfExactlyTheLimit() {
        String text = "[".repeat(JsonParser.MAX_DEPTH) + "]".repeat(JsonParser.MAX_DEPTH);

        Json value = JsonParser.parse(text);

        assertEquals(text, value.toString());
    }

    @Test
    void shouldRejectNestingOneBeyondTheLimitAtTheOffendingBracket() {
        String text = "[".repeat(JsonParser.MAX_DEPTH + 1) + "]".repeat(JsonParser.MAX_DEPTH + 1);

        JsonParseException e = assertThrows(JsonParseException.class, () -> JsonParser.parse(text));

        assertEquals(JsonParser.MAX_DEPTH, e.position());
        assertTrue(e.getMessage().contains("Nesting deeper than 1000 levels"), e.getMessage());
    }

    @Test
    void shouldCountObjectsAndArraysTogetherForDepth() {
        String text = "{\"a\":[".repeat(500) + "{}" + "]}".repeat(500);

        JsonParseException e = assertThrows(JsonParseException.class, () -> JsonParser.parse(text));

        assertTrue(e.getMessage().contains("Nesting deeper"), e.getMessage());
    }

    @Test
    void shouldAcceptTrailingWhitespaceAfterEveryKindOfValue() {
        for (String text : new String[] {"{}", "[]", "\"s\"", "true", "false", "null", "12", "1.5"}) {
            assertEquals(JsonParser.parse(text), JsonParser.parse(text + " \r\n\t"), text);
        }
    }

    @Test
    void shouldParseALongStringWithEscapesAndMultiByteCharacters() {
        String unit = "ab\u00e9\u20ac\uD83D\uDE00\n\"";
        String text = unit.repeat(5_000);
        String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");

        assertEquals(JsonString.of(text), JsonParser.parse("\"" + escaped + "\""));
    }

    @Test
    void shouldReturnSharedInstancesForLiteralsAndEmptyContainers() {
        JsonArray value = (JsonArray) JsonParser.parse("[true,false,null,{},[],\"\"]");

        assertSame(JsonBoolean.TRUE, value.get(0));
        assertSame(JsonBoolean.FALSE, value.get(1));
        assertSame(JsonNull.NULL, value.get(2));
        assertSame(JsonObject.EMPTY, value.get(3));
        assertSame(JsonArray.EMPTY, value.get(4));
        assertSame(JsonString.EMPTY, value.get(5));
    }
}
