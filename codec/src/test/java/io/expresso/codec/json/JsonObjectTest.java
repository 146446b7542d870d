package io.expresso.codec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Lookup, copy-on-write updates and structure sharing of objects. */
final class JsonObjectTest {

    private static JsonObject object(String text) {
        return (JsonObject) JsonParser.parse(text);
    }

    /** An object of {@code size} members {@code k0:0 … k(size-1):size-1}. */
    private static JsonObject numbered(int size) {
        JsonObject.Builder builder = JsonObject.builder(size);
        for (int i = 0; i < size; i++) {
            builder.add("k" + i, JsonNumber.of(i));
        }
        return builder.build();
    }

    @Test
    void shouldKeepPositionWhenWithReplacesAKey() {
        JsonObject original = object("{\"a\":1,\"b\":2,\"c\":3}");

        JsonObject updated = original.with("b", JsonString.of("x"));

        assertEquals("{\"a\":1,\"b\":\"x\",\"c\":3}", updated.toString());
    }

    @Test
    void shouldAppendWhenWithAddsAKey() {
        JsonObject updated = object("{\"a\":1,\"b\":2}").with("0", JsonNull.NULL);

        assertEquals("{\"a\":1,\"b\":2,\"0\":null}", updated.toString());
    }

    @Test
    void shouldLeaveTheOriginalUnchangedByWith() {
        JsonObject original = object("{\"a\":1}");

        original.with("a", JsonNumber.of(2));
        original.with("b", JsonNumber.of(3));

        assertEquals("{\"a\":1}", original.toString());
    }

    @Test
    void shouldShareUntouchedValuesByIdentity() {
        JsonObject original = object("{\"a\":{\"deep\":[1,2,3]},\"b\":[4],\"c\":5}");

        JsonObject replaced = original.with("c", JsonNumber.of(6));
        JsonObject added = original.with("d", JsonNumber.of(7));

        assertSame(original.get("a"), replaced.get("a"));
        assertSame(original.get("b"), replaced.get("b"));
        assertSame(original.get("a"), added.get("a"));
        assertSame(original.get("b"), added.get("b"));
    }

    @Test
    void shouldFindEveryKeyOfALargeObject() {
        JsonObject large = numbered(100);

        for (int i = 0; i < 100; i++) {
            assertEquals(JsonNumber.of(i), large.get("k" + i));
            assertEquals(i, large.indexOf("k" + i));
        }
        assertNull(large.get("k100"));
        assertNull(large.get(""));
    }

    @Test
    void shouldFindKeysAcrossTheLinearLimit() {
        for (int size = 1; size <= JsonObject.LINEAR_LIMIT + 2; size++) {
            JsonObject object = numbered(size);
            for (int i = 0; i < size; i++) {
                assertEquals(JsonNumber.of(i), object.get("k" + i), "size " + size);
            }
            assertNull(object.get("missing"), "size " + size);
        }
    }

    @Test
    void shouldFindAKeyOfAParsedLargeObject() {
        JsonObject parsed = object(numbered(20).toString());

        assertEquals(JsonNumber.of(13), parsed.get("k13"));
        assertEquals(numbered(20), parsed);
    }

    @Test
    void shouldFindKeysAddedByWithBeyondTheLinearLimit() {
        JsonObject grown = JsonObject.EMPTY;
        for (int i = 0; i < 20; i++) {
            grown = grown.with("k" + i, JsonNumber.of(i));
        }

        JsonObject replaced = grown.with("k15", JsonString.of("x"));

        assertEquals(numbered(20), grown);
        assertEquals(JsonString.of("x"), replaced.get("k15"));
        assertEquals(15, replaced.indexOf("k15"));
        assertEquals(JsonNumber.of(19), replaced.get("k19"));
    }

    @Test
    void shouldFindKeysByEqualityNotOnlyIdentity() {
        JsonObject small = object("{\"name\":1}");
        JsonObject large = numbered(12);

        assertEquals(JsonNumber.of(1), small.get(new String("name".toCharArray())));
        assertEquals(JsonNumber.of(11), large.get(new String("k11".toCharArray())));
    }

    @Test
    void shouldKeepTheLastValueWhenBuilderPutsAKeyTwice() {
        JsonObject built = JsonObject.builder(2)
            .put("a", JsonNumber.of(1))
            .put("b", JsonNumber.of(2))
            .put("a", JsonNumber.of(3))
            .build();

        assertEquals("{\"a\":3,\"b\":2}", built.toString());
    }

    @Test
    void shouldExposeMembersByPosition() {
        JsonObject value = object("{\"x\":true,\"y\":false}");

        assertEquals(2, value.size());
        assertEquals("y", value.keyAt(1));
        assertSame(JsonBoolean.FALSE, value.valueAt(1));
    }
}
