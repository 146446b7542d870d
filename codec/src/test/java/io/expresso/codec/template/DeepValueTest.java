package io.expresso.codec.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.error.AslError;
import io.expresso.codec.intrinsic.IntrinsicCall;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.codec.path.PathExpression;
import io.expresso.codec.path.ResultPathWriter;
import io.expresso.codec.testing.FixedScope;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Values built at run time can nest one level deeper on every pass through a loop of states; each
 * step that builds a container refuses to go past {@link Json#MAX_DEPTH} levels, so the walks over
 * values never recurse deeper than that. AWS's answer is not recorded: its Java front most likely
 * fails to read back a value deeper than Jackson's default limit of 1,000, a runtime error.
 */
final class DeepValueTest {

    private static final String TOO_DEEP = "States.Runtime: The value would nest objects and arrays more than 1000 levels deep";

    private final FixedScope scope = FixedScope.empty();

    @Test
    void shouldRefuseTemplateThatWrapsItsInputPastTheLimit() {
        // A Pass state looping to itself with "Parameters": {"child.$": "$"}: one level per pass.
        PayloadTemplate wrap = PayloadTemplate.compile((JsonObject) JsonParser.parse("{\"child.$\":\"$\"}"));
        Json value = JsonObject.EMPTY;
        int passes = 0;
        while (value != null) {
            value = wrap.evaluate(value, scope);
            passes++;
        }

        assertEquals(Json.MAX_DEPTH, passes);
        assertEquals(TOO_DEEP, scope.failure().toString());
    }

    @Test
    void shouldRefuseTemplateArrayThatWrapsItsInputPastTheLimit() {
        PayloadTemplate wrap = PayloadTemplate.compile((JsonObject) JsonParser.parse("{\"a\":[\"x\",{\"b.$\":\"$.deep\"}]}"));

        Json atLimit = wrap.evaluate(JsonObject.of("deep", nested(Json.MAX_DEPTH - 3)), scope);
        Json beyond = wrap.evaluate(JsonObject.of("deep", nested(Json.MAX_DEPTH - 2)), scope);

        assertEquals(Json.MAX_DEPTH, atLimit.depth());
        assertNull(beyond);
        assertEquals(TOO_DEEP, scope.failure().toString());
    }

    @Test
    void shouldRefuseResultPathWritePastTheLimit() {
        ResultPathWriter intoItself = ResultPathWriter.compile("$.a.b");
        Json input = nested(Json.MAX_DEPTH - 2);

        assertEquals(Json.MAX_DEPTH, intoItself.write(JsonObject.EMPTY, input, scope).depth());
        assertNull(intoItself.write(JsonObject.EMPTY, nested(Json.MAX_DEPTH - 1), scope));
        assertEquals(AslError.tooDeep(), scope.failure());
    }

    @Test
    void shouldRefuseIntrinsicArraysPastTheLimit() {
        Json input = JsonObject.of("deep", nested(Json.MAX_DEPTH));

        assertNull(IntrinsicCall.compile("States.Array($.deep)", "a.$").evaluate(input, scope));
        assertEquals(AslError.tooDeep(), scope.takeFailure());
        assertNull(IntrinsicCall.compile("States.ArrayPartition(States.Array($.deep), 1)", "a.$").evaluate(
                JsonObject.of("deep", nested(Json.MAX_DEPTH - 1)), scope));
        assertEquals(AslError.tooDeep(), scope.takeFailure());
    }

    @Test
    void shouldWalkValueNestedToTheLimitWithoutOverflow() {
        Json deepest = nested(Json.MAX_DEPTH);
        Json twin = JsonParser.parse(deepest.toString());

        assertEquals(deepest, twin);
        assertEquals(deepest.hashCode(), twin.hashCode());
        assertEquals(deepest.toString().length(), twin.serializedSize());
        assertEquals(deepest.toString().length(), JsonSerializer.toBytes(twin).length);
        assertNotNull(IntrinsicCall.compile("States.JsonToString($)", "s.$").evaluate(deepest, scope));
        assertEquals(1, ((JsonArray) IntrinsicCall.compile("States.ArrayUnique(States.Array($.a, $.a))", "u.$")
                .evaluate(deepest, scope)).size());
        assertEquals(Json.MAX_DEPTH, PathExpression.compile("$..a").evaluate(deepest, scope).depth());
        Set<Json> set = new HashSet<>();
        set.add(deepest);
        assertTrue(set.contains(twin));
    }

    /** @return {@code {"a":{"a":…{}…}}}, {@code depth} objects deep */
    private static Json nested(int depth) {
        Json value = JsonObject.EMPTY;
        for (int i = 1; i < depth; i++) {
            value = JsonObject.of("a", value);
        }
        return value;
    }
}
