package io.expresso.runtime.choice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.path.PathExpression;
import org.junit.jupiter.api.Test;

/** {@code StringMatches} with long pieces, found in time linear in the text. */
final class StringMatchesTest {

    private static final EvalScope NO_CONTEXT = new EvalScope() {
        @Override
        public Json contextObject() {
            return JsonObject.EMPTY;
        }

        @Override
        public Json variable(String name) {
            return null;
        }
    };

    @Test
    void shouldTellLongPieceAbsentFromLongRunOfItsPrefix() {
        // With a search that compares the piece at every offset this costs 200,000 × 50,000 steps.
        StringMatches rule = rule("", "a".repeat(50_000) + "b", "");

        assertEquals(ChoiceRule.FALSE, test(rule, "a".repeat(200_000)));
        assertEquals(ChoiceRule.TRUE, test(rule, "a".repeat(200_000) + "b"));
    }

    @Test
    void shouldFindLongPieceWhosePrefixRepeatsInsideIt() {
        String piece = "abab".repeat(5) + "abac";
        StringMatches rule = rule("x", piece, "y");

        assertEquals(ChoiceRule.TRUE, test(rule, "x" + "ab".repeat(30) + "abac" + "zz" + "y"));
        assertEquals(ChoiceRule.FALSE, test(rule, "x" + "ab".repeat(30) + "abad" + "y"));
    }

    @Test
    void shouldNotLetLongMiddlePieceOverlapTheLastPiece() {
        StringMatches rule = rule("", "q".repeat(20), "qq");

        assertEquals(ChoiceRule.FALSE, test(rule, "q".repeat(21)));
        assertEquals(ChoiceRule.TRUE, test(rule, "q".repeat(22)));
    }

    private static StringMatches rule(String... pieces) {
        return new StringMatches(PathExpression.compile("$.s"), pieces);
    }

    private static int test(StringMatches rule, String text) {
        return rule.test(JsonObject.of("s", JsonString.of(text)), NO_CONTEXT);
    }
}
