package io.expresso.codec.intrinsic;

import io.expresso.codec.testing.FixedScope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.error.InvalidExpressionException;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Behaviour that a corpus of fixed expected values cannot express. */
class IntrinsicCallTest {

    private final FixedScope scope = FixedScope.empty();

    @Test
    void shouldReturnNewUuidOnEachEvaluation() {
        IntrinsicCall call = IntrinsicCall.compile("States.UUID()", "id.$");
        Set<Json> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            Json uuid = call.evaluate(JsonObject.EMPTY, scope);
            assertTrue(((JsonString) uuid).value().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
            seen.add(uuid);
        }
        assertEquals(100, seen.size());
    }

    @Test
    void shouldReturnSameRandomValueForSameSeed() {
        IntrinsicCall first = IntrinsicCall.compile("States.MathRandom(0, 1000000, $.seed)", "n.$");
        IntrinsicCall second = IntrinsicCall.compile("States.MathRandom(0, 1000000, $.seed)", "n.$");
        Json input = JsonObject.of("seed", JsonNumber.of(1234));
        Json value = first.evaluate(input, scope);
        for (int i = 0; i < 10; i++) {
            assertEquals(value, first.evaluate(input, scope));
            assertEquals(value, second.evaluate(input, scope));
        }
    }

    @Test
    void shouldVaryRandomValueWithSeed() {
        IntrinsicCall call = IntrinsicCall.compile("States.MathRandom(0, 1000000, $.seed)", "n.$");
        Json a = call.evaluate(JsonObject.of("seed", JsonNumber.of(1)), scope);
        Json b = call.evaluate(JsonObject.of("seed", JsonNumber.of(2)), scope);
        assertNotEquals(a, b);
    }

    @Test
    void shouldCoverWholeRangeAndNothingElseWithoutSeed() {
        IntrinsicCall call = IntrinsicCall.compile("States.MathRandom(-1, 2)", "n.$");
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(((JsonNumber) call.evaluate(JsonObject.EMPTY, scope)).longValue());
        }
        assertEquals(Set.of(-1L, 0L, 1L), seen);
    }

    @Test
    void shouldNameEachFunctionAndWhetherItReturnsAString() {
        String[][] calls = {
            {"States.Format('x')", "true"}, {"States.JsonToString(1)", "true"},
            {"States.ArrayGetItem($.a, 0)", "true"}, {"States.Base64Encode('a')", "true"},
            {"States.Base64Decode('YQ==')", "true"}, {"States.Hash('a', 'MD5')", "true"},
            {"States.UUID()", "true"}, {"States.StringToJson('1')", "false"}, {"States.Array()", "false"},
            {"States.ArrayPartition($.a, 1)", "false"}, {"States.ArrayContains($.a, 1)", "false"},
            {"States.ArrayRange(1, 2, 1)", "false"}, {"States.ArrayLength($.a)", "false"},
            {"States.ArrayUnique($.a)", "false"}, {"States.JsonMerge($.a, $.b, false)", "false"},
            {"States.MathRandom(1, 2)", "false"}, {"States.MathAdd(1, 2)", "false"},
            {"States.StringSplit('a', ',')", "false"}, {"States.Format($.t)", "true"},
        };
        for (String[] c : calls) {
            IntrinsicCall call = IntrinsicCall.compile(c[0], "v.$");
            assertEquals(c[0].substring(0, c[0].indexOf('(')), call.functionName(), c[0]);
            assertEquals(Boolean.parseBoolean(c[1]), call.returnsString(), c[0]);
        }
    }

    @Test
    void shouldTellCallsFromPaths() {
        assertTrue(IntrinsicCall.looksLikeCall("States.Format('{}', $.a)"));
        assertTrue(IntrinsicCall.looksLikeCall("States.Nope()"));
        assertFalse(IntrinsicCall.looksLikeCall("$.States.Format"));
        assertFalse(IntrinsicCall.looksLikeCall("States.Format"));
        assertFalse(IntrinsicCall.looksLikeCall("$$.Execution.Name"));
    }

    @Test
    void shouldNameTheWholeTextAndFieldInCompileErrors() {
        InvalidExpressionException e = assertThrows(InvalidExpressionException.class,
                () -> IntrinsicCall.compile("States.Array(States.Nope())", "items.$"));
        assertEquals("States.Array(States.Nope())", e.expression());
        assertTrue(e.reason().contains("'items.$'"), e.reason());
        assertTrue(e.reason().contains("States.Nope"), e.reason());
    }

    @Test
    void shouldEvaluateOneCompiledCallAgainstManyInputs() {
        IntrinsicCall call = IntrinsicCall.compile("States.Format('{}-{}', $.a, $.b)", "k.$");
        for (int i = 0; i < 5; i++) {
            Json input = JsonObject.builder(2).add("a", JsonNumber.of(i)).add("b", JsonString.of("x")).build();
            assertEquals(JsonString.of(i + "-x"), call.evaluate(input, scope));
        }
    }

    @Test
    void shouldRecordFailureAndRecoverOnNextEvaluation() {
        IntrinsicCall call = IntrinsicCall.compile("States.ArrayLength($.a)", "n.$");
        assertNull(call.evaluate(JsonObject.EMPTY, scope));
        assertEquals("States.Runtime", scope.takeFailure().name());
        Json ok = call.evaluate(JsonObject.of("a", JsonArray.EMPTY), scope);
        assertEquals(JsonNumber.of(0), ok);
        assertNull(scope.failure());
    }
}
