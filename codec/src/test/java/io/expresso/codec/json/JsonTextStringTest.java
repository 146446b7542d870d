package io.expresso.codec.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link JsonString#jsonTextOf}: written straight from the value, byte for byte as the string of its text. */
final class JsonTextStringTest {

    static List<Json> documents() {
        return List.of(
            JsonParser.parse("{\"id\":\"o-1\",\"total\":12.50,\"tags\":[\"a\",\"b\"],\"none\":null,\"ok\":true}"),
            JsonParser.parse("\"say \\\"hi\\\" \\\\o/ \\n\\t\\u0001 caf\u00e9 \uD83D\uDE00\""),
            JsonParser.parse("{\"path\":\"C:\\\\dir\\\\\\\"file\\\"\",\"deep\":[[{\"q\":\"\\\"\"}]]}"),
            JsonString.of("lone \uD800 surrogate"),
            JsonNumber.of(42),
            JsonNull.NULL,
            JsonObject.EMPTY,
            JsonObject.of("inner", JsonString.jsonTextOf(JsonObject.of("x", JsonString.of("\"quoted\"")))));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void shouldWriteTheSameBytesAsTheStringOfTheText(Json document) {
        JsonString direct = JsonString.jsonTextOf(document);
        JsonString viaText = JsonString.of(document.toString());

        assertArrayEquals(JsonSerializer.toBytes(viaText), JsonSerializer.toBytes(JsonObject.of("output", direct).valueAt(0)));
        assertArrayEquals(JsonSerializer.toBytes(JsonObject.of("output", viaText)), JsonSerializer.toBytes(JsonObject.of("output", direct)));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void shouldAnswerValueSizeAndEqualityAsTheStringOfTheText(Json document) {
        JsonString direct = JsonString.jsonTextOf(document);
        JsonString viaText = JsonString.of(document.toString());

        assertEquals(viaText.value(), direct.value());
        assertEquals(viaText.serializedSize(), direct.serializedSize());
        assertEquals(viaText, direct);
        assertEquals(viaText.hashCode(), direct.hashCode());
    }

    @Test
    void shouldParseBackToTheDocument() {
        Json document = documents().get(2);

        Json reply = JsonParser.parse(JsonSerializer.toBytes(JsonObject.of("output", JsonString.jsonTextOf(document))));

        assertEquals(document, JsonParser.parse(((JsonString) ((JsonObject) reply).get("output")).value()));
    }

    @Test
    void shouldLeaveTheThreadsSerializerBufferWithTheWholeDocument() {
        JsonSerializer serializer = JsonSerializer.forThisThread();
        Json document = JsonObject.of("output", JsonString.jsonTextOf(documents().get(0)));

        int length = serializer.serialize(document);

        assertArrayEquals(JsonSerializer.toBytes(document), java.util.Arrays.copyOf(serializer.buffer(), length));
    }
}
