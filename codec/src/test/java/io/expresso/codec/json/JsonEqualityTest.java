package io.expresso.codec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** equals and hashCode follow JSON equality and obey the Object contract. */
final class JsonEqualityTest {

    /** Values in groups: equal within a group, different across groups. */
    private static final List<List<String>> GROUPS = List.of(
        List.of("{\"a\":1,\"b\":[1,2]}", "{\"b\":[1.0,2],\"a\":1e0}", " { \"a\" : 1 , \"b\" : [ 1 , 2 ] } "),
        List.of("{\"a\":1,\"b\":[2,1]}"),
        List.of("{\"a\":1}"),
        List.of("{}"),
        List.of("[]"),
        List.of("[{}]"),
        List.of("[1,2]", "[1.00,2e0]"),
        List.of("\"1\""),
        List.of("1", "1.0", "10e-1"),
        List.of("true"),
        List.of("false"),
        List.of("null"),
        List.of("\"\""),
        List.of("\"\u00e9\"", "\"\\u00e9\""),
        numberedObjects(12));

    private static List<String> numberedObjects(int size) {
        StringBuilder forward = new StringBuilder("{");
        StringBuilder backward = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            forward.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
            backward.append(i == 0 ? "" : ",").append("\"k").append(size - 1 - i).append("\":").append(size - 1 - i);
        }
        return List.of(forward.append('}').toString(), backward.append('}').toString());
    }

    @Test
    void shouldBeEqualAndHashAlikeWithinAGroup() {
        for (List<String> group : GROUPS) {
            for (String a : group) {
                for (String b : group) {
                    Json x = JsonParser.parse(a);
                    Json y = JsonParser.parse(b);
                    assertEquals(x, y, a + " vs " + b);
                    assertEquals(x.hashCode(), y.hashCode(), a + " vs " + b);
                }
            }
        }
    }

    @Test
    void shouldDifferAcrossGroups() {
        for (int i = 0; i < GROUPS.size(); i++) {
            for (int j = 0; j < GROUPS.size(); j++) {
                if (i != j) {
                    Json x = JsonParser.parse(GROUPS.get(i).get(0));
                    Json y = JsonParser.parse(GROUPS.get(j).get(0));
                    assertNotEquals(x, y, x + " vs " + y);
                }
            }
        }
    }

    @Test
    void shouldBeReflexiveAndNeverEqualNull() {
        for (List<String> group : GROUPS) {
            Json x = JsonParser.parse(group.get(0));
            assertEquals(x, x);
            assertNotEquals(null, x);
            assertNotEquals(x, group.get(0));
        }
    }

    @Test
    void shouldNotEqualAnObjectWithFewerOrMoreKeys() {
        Json small = JsonParser.parse("{\"a\":1,\"b\":2}");
        Json large = JsonParser.parse("{\"a\":1,\"b\":2,\"c\":3}");

        assertNotEquals(small, large);
        assertNotEquals(large, small);
    }

    @Test
    void shouldNotEqualAnObjectWithSameKeysButOtherValues() {
        assertNotEquals(JsonParser.parse("{\"a\":1,\"b\":2}"), JsonParser.parse("{\"a\":1,\"c\":2}"));
        assertNotEquals(JsonParser.parse("{\"a\":null}"), JsonParser.parse("{\"a\":false}"));
    }
}
