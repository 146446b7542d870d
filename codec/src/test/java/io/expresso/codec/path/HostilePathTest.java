package io.expresso.codec.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.error.InvalidExpressionException;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.testing.FixedScope;
import org.junit.jupiter.api.Test;

/**
 * Paths written to exhaust the compiler's or the evaluator's stack. AWS evaluates paths with
 * Jayway, which recurses without a limit; its answer to such paths is not recorded. Here nesting
 * is refused at compile time, as an invalid path, and chains of any length run without recursion.
 */
final class HostilePathTest {

    private static final int LIMIT = FilterParser.MAX_NESTING;

    private final FixedScope scope = new FixedScope(JsonObject.EMPTY, JsonObject.EMPTY);

    @Test
    void shouldAcceptFilterNestedExactlyToTheLimit() {
        // The filter itself is the first level; each group opens one more.
        String path = "$[?(" + "(".repeat(LIMIT - 1) + "@.a == 1" + ")".repeat(LIMIT - 1) + ")]";

        assertEquals("[{\"a\":1}]", evaluate(path, "[{\"a\":1},{\"a\":2}]"));
    }

    @Test
    void shouldRefuseFilterNestedDeeperThanLimit() {
        String path = "$[?(" + "(".repeat(3000) + "@.a == 1" + ")".repeat(3000) + ")]";

        InvalidExpressionException e = assertThrows(InvalidExpressionException.class, () -> PathExpression.compile(path));

        assertTrue(e.reason().contains("filter nested more than 100 levels deep at position 104"), e.reason());
    }

    @Test
    void shouldRefuseNegationsNestedDeeperThanLimit() {
        String path = "$[?(" + "!".repeat(LIMIT) + "@.a)]";

        InvalidExpressionException e = assertThrows(InvalidExpressionException.class, () -> PathExpression.compile(path));

        assertTrue(e.reason().contains("filter nested more than 100 levels deep"), e.reason());
    }

    @Test
    void shouldRefuseFiltersInsideFiltersDeeperThanLimit() {
        String path = "$" + "[?(@".repeat(LIMIT + 1) + ".a" + ")]".repeat(LIMIT + 1);

        InvalidExpressionException e = assertThrows(InvalidExpressionException.class, () -> PathExpression.compile(path));

        assertTrue(e.reason().contains("filter nested more than 100 levels deep"), e.reason());
    }

    @Test
    void shouldRefuseLiteralArrayNestedDeeperThanLimit() {
        String path = "$[?(@.a in " + "[".repeat(LIMIT) + "]".repeat(LIMIT) + ")]";

        InvalidExpressionException e = assertThrows(InvalidExpressionException.class, () -> PathExpression.compile(path));

        assertTrue(e.reason().contains("filter nested more than 100 levels deep"), e.reason());
    }

    @Test
    void shouldEvaluateTwentyThousandTermOrChain() {
        StringBuilder filter = new StringBuilder("@.a == 0");
        for (int i = 1; i < 20_000; i++) {
            filter.append(" || @.a == ").append(i);
        }

        String selected = evaluate("$[?(" + filter + ")]", "[{\"a\":19999},{\"a\":20000},{\"a\":7}]");

        assertEquals("[{\"a\":19999},{\"a\":7}]", selected);
    }

    @Test
    void shouldEvaluateTwentyThousandTermAndChain() {
        StringBuilder filter = new StringBuilder("@.a == 1");
        for (int i = 1; i < 20_000; i++) {
            filter.append(" && @.a != ").append(i + 1);
        }

        assertEquals("[{\"a\":1}]", evaluate("$[?(" + filter + ")]", "[{\"a\":1},{\"a\":2}]"));
    }

    @Test
    void shouldReadLiteralObjectWithManyKeysLastRepeatWinning() {
        StringBuilder literal = new StringBuilder("{'k0':-1,");
        StringBuilder document = new StringBuilder("{");
        for (int i = 0; i < 50_000; i++) {
            literal.append("'k").append(i).append("':").append(i).append(',');
            document.append("\"k").append(i).append("\":").append(i).append(',');
        }
        literal.setCharAt(literal.length() - 1, '}');
        document.setCharAt(document.length() - 1, '}');
        String input = "[" + document + ",{\"k0\":-1}]";

        assertEquals("[" + document + "]", evaluate("$[?(@ == " + literal + ")]", input));
    }

    @Test
    void shouldMergeFiftyThousandRepeatedMemberNames() {
        String names = "'a','b',".repeat(50_000) + "'c'";

        assertEquals("{\"a\":1,\"b\":2}", evaluate("$[" + names + "]", "{\"b\":2,\"a\":1}"));
    }

    @Test
    void shouldNotCompareOverlongStringWithNumberAsANumber() {
        String zeros = "0".repeat(100_000) + "1";

        assertEquals("[]", evaluate("$[?(@.a == 1)]", "[{\"a\":\"" + zeros + "\"}]"));
        assertEquals("[{\"a\":\"0001\"}]", evaluate("$[?(@.a == 1)]", "[{\"a\":\"0001\"}]"));
    }

    @Test
    void shouldGiveUpCatastrophicBacktrackingAsNoMatch() {
        // Without a bound, matching 60 characters tries on the order of 2^40 ways.
        String text = "a".repeat(60);

        assertEquals("[]", evaluate("$[?(@.s =~ /(a|aa)*c/)]", "[{\"s\":\"" + text + "\"}]"));
        assertEquals("[{\"s\":\"aaaac\"}]", evaluate("$[?(@.s =~ /(a|aa)*c/)]", "[{\"s\":\"aaaac\"}]"));
    }

    @Test
    void shouldGiveUpRegexThatRecursesPerCharacterAsNoMatch() {
        String text = "ab".repeat(100_000);

        assertEquals("[]", evaluate("$[?(@.s =~ /(a|b)*/)]", "[{\"s\":\"" + text + "\"}]"));
        assertEquals("[{\"s\":\"abab\"}]", evaluate("$[?(@.s =~ /(a|b)*/)]", "[{\"s\":\"abab\"}]"));
    }

    private String evaluate(String path, String input) {
        return PathExpression.compile(path).evaluate(JsonParser.parse(input), scope).toString();
    }
}
