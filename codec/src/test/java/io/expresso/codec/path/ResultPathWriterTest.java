package io.expresso.codec.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.testing.FixedScope;
import org.junit.jupiter.api.Test;

class ResultPathWriterTest {

    private final FixedScope scope = new FixedScope(JsonObject.EMPTY, JsonObject.EMPTY);

    @Test
    void shouldShareUntouchedSiblingsWhenWritingResultPath() {
        JsonObject input = (JsonObject) JsonParser.parse("{\"keep\":{\"big\":[1,2,3]},\"a\":{\"b\":{\"c\":1},\"side\":{\"x\":1}}}");
        JsonObject output = (JsonObject) ResultPathWriter.compile("$.a.b.c").write(input, JsonString.of("R"), scope);

        assertSame(input.get("keep"), output.get("keep"));
        JsonObject a = (JsonObject) input.get("a");
        assertSame(a.get("side"), ((JsonObject) output.get("a")).get("side"));
        assertEquals("{\"keep\":{\"big\":[1,2,3]},\"a\":{\"b\":{\"c\":\"R\"},\"side\":{\"x\":1}}}", output.toString());
    }

    @Test
    void shouldShareTheResultItselfWithoutCopying() {
        Json result = JsonParser.parse("{\"deep\":{\"v\":1}}");
        JsonObject output = (JsonObject) ResultPathWriter.compile("$.r").write(JsonObject.EMPTY, result, scope);

        assertSame(result, output.get("r"));
    }

    @Test
    void shouldShareUntouchedArrayElementsWhenWritingThroughAnIndex() {
        JsonObject input = (JsonObject) JsonParser.parse("{\"items\":[{\"id\":1},{\"id\":2}]}");
        JsonObject output = (JsonObject) ResultPathWriter.compile("$.items[1].ok").write(input, JsonString.of("y"), scope);

        JsonArray before = (JsonArray) input.get("items");
        JsonArray after = (JsonArray) output.get("items");
        assertSame(before.get(0), after.get(0));
        assertEquals("{\"id\":2,\"ok\":\"y\"}", after.get(1).toString());
    }

    @Test
    void shouldLeaveTheRawInputUnchanged() {
        JsonObject input = (JsonObject) JsonParser.parse("{\"a\":{\"b\":1}}");
        String before = input.toString();

        ResultPathWriter.compile("$.a.x").write(input, JsonString.of("R"), scope);

        assertEquals(before, input.toString());
    }

    @Test
    void shouldReturnTheRawInputItselfWhenResultPathIsNull() {
        Json input = JsonParser.parse("{\"a\":1}");

        assertSame(input, ResultPathWriter.compile(null).write(input, JsonString.of("R"), scope));
    }

    @Test
    void shouldRecordResultPathMatchFailureAsAValue() {
        Json output = ResultPathWriter.compile("$.a.b").write(JsonParser.parse("{\"a\":1}"), JsonString.of("R"), scope);

        assertNull(output);
        assertEquals(AslError.RESULT_PATH_MATCH_FAILURE, scope.failure().name());
        assertEquals("Unable to apply ResultPath '$.a.b' to input '{\"a\":1}'", scope.failure().cause());
    }

    @Test
    void shouldPickOneSpecialisedWriterPerShape() {
        assertInstanceOf(ResultPathWriter.DiscardResult.class, ResultPathWriter.compile(null));
        assertInstanceOf(ResultPathWriter.ReplaceWhole.class, ResultPathWriter.compile("$"));
        assertInstanceOf(ResultPathWriter.MemberWriter.class, ResultPathWriter.compile("$.a"));
        assertInstanceOf(ResultPathWriter.MemberChainWriter.class, ResultPathWriter.compile("$.a.b"));
        assertInstanceOf(ResultPathWriter.StepWriter.class, ResultPathWriter.compile("$.a[0]"));
    }
}
