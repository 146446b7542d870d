package io.expresso.codec.intrinsic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.error.InvalidExpressionException;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.testing.FixedScope;
import org.junit.jupiter.api.Test;

/** Intrinsic calls given arguments, or written, to cost quadratic time or exhaust the stack. */
final class HostileIntrinsicTest {

    private final FixedScope scope = FixedScope.empty();

    @Test
    void shouldDeduplicateThousandsOfDistinctStringsSharingOneHash() {
        // 2^13 distinct strings of "Aa"/"BB" pairs, all with one String hash, each given twice.
        int halves = 13;
        JsonArray.Builder items = new JsonArray.Builder(2 << halves);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 1 << halves; i++) {
                items.add(JsonString.of(collidingString(i, halves)));
            }
        }

        JsonArray unique = (JsonArray) arrayUnique(items.build());

        assertEquals(1 << halves, unique.size());
        // So crowded a hash keeps the order of first appearance.
        assertEquals(JsonString.of(collidingString(0, halves)), unique.get(0));
        assertEquals(JsonString.of(collidingString((1 << halves) - 1, halves)), unique.get(unique.size() - 1));
    }

    @Test
    void shouldKeepHashSetOrderWhenOnlyDuplicatesCrowdOneHash() {
        JsonArray.Builder items = new JsonArray.Builder(400);
        for (int i = 0; i < 100; i++) {
            items.add(JsonParser.parse("true")).add(JsonParser.parse("false"))
                    .add(JsonParser.parse("{\"a\":1,\"b\":[1.0]}")).add(JsonParser.parse("{\"b\":[1.00],\"a\":1}"));
        }

        assertEquals("[false,true,{\"a\":1,\"b\":[1.0]}]", arrayUnique(items.build()).toString());
    }

    @Test
    void shouldTellApartCrowdedValuesThatOnlyLookAlike() {
        JsonArray.Builder items = new JsonArray.Builder(300);
        for (int i = 0; i < 100; i++) {
            items.add(JsonParser.parse("1")).add(JsonParser.parse("1.0")).add(JsonParser.parse("\"1\""));
        }

        assertEquals(3, ((JsonArray) arrayUnique(items.build())).size());
    }

    @Test
    void shouldRefuseCallsNestedDeeperThanTen() {
        String call = "$.a";
        for (int i = 0; i < 3000; i++) {
            call = "States.Format('{}', " + call + ")";
        }
        String deep = call;

        InvalidExpressionException e = assertThrows(InvalidExpressionException.class, () -> IntrinsicCall.compile(deep, "x.$"));

        assertTrue(e.reason().contains("nested more than 10 deep"), e.reason());
    }

    private Json arrayUnique(JsonArray items) {
        return IntrinsicCall.compile("States.ArrayUnique($.a)", "u.$").evaluate(JsonObject.of("a", items), scope);
    }

    private static String collidingString(int bits, int halves) {
        StringBuilder text = new StringBuilder(halves * 2);
        for (int i = 0; i < halves; i++) {
            text.append((bits >>> i & 1) == 0 ? "Aa" : "BB");
        }
        return text.toString();
    }
}
