package io.expresso.runtime.asl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Definitions built to exhaust the reader's stack or time: each is refused as an invalid
 * definition with a diagnostic naming the place, or read within the limits.
 */
final class HostileDefinitionTest {

    @Test
    void shouldRefuseDefinitionHoldingNumberLongerThanThousandCharacters() {
        String definition = machine("\"P\":{\"Type\":\"Pass\",\"Result\":" + "9".repeat(1001) + ",\"End\":true}", "P");

        Diagnostic error = onlyError(definition);

        assertEquals(DiagnosticCode.INVALID_JSON_DESCRIPTION, error.code());
        assertTrue(error.message().startsWith("Number longer than 1000 characters at position 53"), error.message());
    }

    @Test
    void shouldAcceptDefinitionHoldingNumberOfThousandCharacters() {
        String definition = machine("\"P\":{\"Type\":\"Pass\",\"Result\":" + "9".repeat(1000) + ",\"End\":true}", "P");

        assertEquals(List.of(), DefinitionParser.parse(definition).diagnostics());
    }

    @Test
    void shouldRefuseDefinitionNestedDeeperThanThousandLevels() {
        // The definition, States and P are three levels; the Result adds 998 more.
        Diagnostic error = onlyError(passWithNestedResult(998));

        assertEquals(DiagnosticCode.INVALID_JSON_DESCRIPTION, error.code());
        assertTrue(error.message().startsWith("Nesting deeper than 1000 levels"), error.message());
    }

    @Test
    void shouldAcceptDefinitionNestedExactlyThousandLevels() {
        assertEquals(List.of(), DefinitionParser.parse(passWithNestedResult(997)).diagnostics());
    }

    @Test
    void shouldRefuseParallelNestedDeeperThanLimit() {
        Diagnostic error = onlyError(nestedParallels(ScopeReader.MAX_SCOPE_DEPTH + 1));

        assertEquals(DiagnosticCode.TOO_DEEPLY_NESTED, error.code());
        assertEquals("Parallel and Map states may be nested at most 100 deep", error.message());
        StringBuilder location = new StringBuilder();
        for (int level = 1; level <= ScopeReader.MAX_SCOPE_DEPTH + 1; level++) {
            location.append("/States/P").append(level).append("/Branches[0]");
        }
        assertEquals(location.toString(), error.location());
    }

    @Test
    void shouldAcceptParallelNestedExactlyToTheLimit() {
        assertEquals(List.of(), DefinitionParser.parse(nestedParallels(ScopeReader.MAX_SCOPE_DEPTH)).diagnostics());
    }

    @Test
    void shouldRefuseMapNestedDeeperThanLimit() {
        String state = "\"Leaf\":{\"Type\":\"Pass\",\"End\":true}";
        for (int level = ScopeReader.MAX_SCOPE_DEPTH + 1; level >= 1; level--) {
            state = "\"M" + level + "\":{\"Type\":\"Map\",\"ItemProcessor\":" + scope(state, level == ScopeReader.MAX_SCOPE_DEPTH + 1
                    ? "Leaf" : "M" + (level + 1)) + ",\"End\":true}";
        }

        Diagnostic error = onlyError(machine(state, "M1"));

        assertEquals(DiagnosticCode.TOO_DEEPLY_NESTED, error.code());
        assertTrue(error.location().endsWith("/States/M101/ItemProcessor"), error.location());
    }

    @Test
    void shouldRefuseChoiceRuleNestedDeeperThanLimit() {
        Diagnostic error = onlyError(choiceUnderNots(ChoiceRuleReader.MAX_RULE_DEPTH));

        assertEquals(DiagnosticCode.TOO_DEEPLY_NESTED, error.code());
        assertEquals("Choice Rules may be nested at most 100 deep", error.message());
        assertEquals("/States/C/Choices[0]" + "/Not".repeat(ChoiceRuleReader.MAX_RULE_DEPTH), error.location());
    }

    @Test
    void shouldAcceptChoiceRuleNestedExactlyToTheLimit() {
        assertEquals(List.of(), DefinitionParser.parse(choiceUnderNots(ChoiceRuleReader.MAX_RULE_DEPTH - 1)).diagnostics());
    }

    @Test
    void shouldRefuseChoiceRuleOfNestedAndsDeeperThanLimit() {
        String rule = "{\"Variable\":\"$.a\",\"IsPresent\":true}";
        for (int i = 0; i < 400; i++) {
            rule = "{\"And\":[" + rule + "]}";
        }
        String definition = machine("\"C\":{\"Type\":\"Choice\",\"Choices\":[" + rule.substring(0, rule.length() - 1)
                + ",\"Next\":\"D\"}],\"Default\":\"D\"},\"D\":{\"Type\":\"Succeed\"}", "C");

        Diagnostic error = onlyError(definition);

        assertEquals(DiagnosticCode.TOO_DEEPLY_NESTED, error.code());
    }

    @Test
    void shouldRefuseFilterNestedDeeperThanLimitInAPath() {
        String path = "$.items[?(" + "(".repeat(3000) + "@.a == 1" + ")".repeat(3000) + ")]";
        String definition = machine("\"P\":{\"Type\":\"Pass\",\"InputPath\":\"" + path + "\",\"End\":true}", "P");

        Diagnostic error = onlyError(definition);

        assertEquals("/States/P/InputPath", error.location());
        assertEquals("The value for the field 'InputPath' must be a valid JSONPath", error.message());
    }

    @Test
    void shouldRefuseIntrinsicCallsNestedDeeperThanLimitInParameters() {
        String call = "$.a";
        for (int i = 0; i < 3000; i++) {
            call = "States.Format('{}', " + call + ")";
        }
        String definition = machine("\"P\":{\"Type\":\"Pass\",\"Parameters\":{\"x.$\":\"" + call + "\"},\"End\":true}", "P");

        Diagnostic error = onlyError(definition);

        assertEquals("/States/P/Parameters", error.location());
    }

    private static Diagnostic onlyError(String definition) {
        List<Diagnostic> errors = DefinitionParser.parse(definition).errors();
        assertEquals(1, errors.size(), errors::toString);
        return errors.get(0);
    }

    private static String passWithNestedResult(int levels) {
        String result = "[".repeat(levels) + "]".repeat(levels);
        return machine("\"P\":{\"Type\":\"Pass\",\"Result\":" + result + ",\"End\":true}", "P");
    }

    /** @return Parallel {@code P1} whose one branch holds {@code P2} … down to {@code P<levels>}, whose branch holds a Pass */
    private static String nestedParallels(int levels) {
        String state = "\"Leaf\":{\"Type\":\"Pass\",\"End\":true}";
        String start = "Leaf";
        for (int level = levels; level >= 1; level--) {
            state = "\"P" + level + "\":{\"Type\":\"Parallel\",\"Branches\":[" + scope(state, start) + "],\"End\":true}";
            start = "P" + level;
        }
        return machine(state, start);
    }

    /** @return a Choice whose first rule is a comparison under {@code nots} levels of {@code Not} */
    private static String choiceUnderNots(int nots) {
        String rule = "{\"Variable\":\"$.a\",\"IsPresent\":true}";
        for (int i = 0; i < nots; i++) {
            rule = "{\"Not\":" + rule + "}";
        }
        return machine("\"C\":{\"Type\":\"Choice\",\"Choices\":[" + rule.substring(0, rule.length() - 1)
                + ",\"Next\":\"D\"}],\"Default\":\"D\"},\"D\":{\"Type\":\"Succeed\"}", "C");
    }

    private static String scope(String states, String startAt) {
        return "{\"StartAt\":\"" + startAt + "\",\"States\":{" + states + "}}";
    }

    private static String machine(String states, String startAt) {
        return scope(states, startAt);
    }
}
