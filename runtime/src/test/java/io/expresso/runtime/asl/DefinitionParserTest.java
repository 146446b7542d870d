package io.expresso.runtime.asl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.fixtures.WorkloadFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DefinitionParserTest {

    private static final String TASK = "arn:aws:lambda:us-east-1:123456789012:function:fn";

    @TestFactory
    Stream<DynamicTest> shouldValidateEveryWorkloadClean() throws IOException {
        Path workloads = WorkloadFiles.folder();
        List<Path> definitions;
        try (Stream<Path> files = Files.list(workloads)) {
            definitions = files.filter(p -> p.toString().endsWith(".asl.json")).sorted().toList();
        }
        assertEquals(6, definitions.size(), "six workloads");
        return definitions.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            DefinitionResult result = DefinitionParser.parse(Files.readAllBytes(file));
            assertEquals(List.of(), result.diagnostics());
            assertTrue(result.isValid());
        }));
    }

    @Test
    void shouldApplyTheExpressOnlyRulesOnlyToADefinitionThatRunsInAWorkflow() {
        String definition = "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\","
                + "\"Resource\":\"arn:aws:states:::lambda:invoke.waitForTaskToken\",\"End\":true}}}";

        assertFalse(DefinitionParser.parse(definition).isValid());
        assertTrue(DefinitionParser.parseOutsideWorkflow(definition).isValid());
        assertFalse(DefinitionParser.parseOutsideWorkflow(definition.replace("arn:aws:states:::", "arn:aws:states:us-east-1::")).isValid());
    }

    @Test
    void shouldReportEveryProblemNotOnlyTheFirst() {
        DefinitionResult result = DefinitionParser.parse("{\"StartAt\":\"pass1\",\"States\":{"
                + "\"pass1\":{\"Type\":\"Pass\",\"Next\":\"pass3\"},\"pass2\":{\"Type\":\"Pass\",\"End\":true},"
                + "\"w\":{\"Type\":\"Wait\",\"Seconds\":-1,\"End\":true}}}");

        assertFalse(result.isValid());
        assertEquals(4, result.errors().size());
    }

    @Test
    void shouldFormatInvalidDefinitionMessageAsAws() {
        DefinitionResult result = DefinitionParser.parse("{\"StartAt\":\"pass1\",\"States\":{"
                + "\"pass1\":{\"Type\":\"Pass\",\"Next\":\"pass3\"},\"pass2\":{\"Type\":\"Pass\",\"End\":true}}}");

        InvalidDefinitionException thrown = assertThrows(InvalidDefinitionException.class, result::definition);

        assertEquals("Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target: pass3"
                + " at /States/pass1/Next, MISSING_TRANSITION_TARGET: State \"pass2\" is not reachable."
                + " at /States/pass2'", thrown.getMessage());
        assertEquals(result.errors(), thrown.diagnostics());
    }

    @Test
    void shouldKeepAwsTwoSpacesBeforeAtForWaitForTaskToken() {
        DefinitionResult result = DefinitionParser.parse(machine("\"Publish\":{\"Type\":\"Task\","
                + "\"Resource\":\"arn:aws:states:::sns:publish.waitForTaskToken\",\"End\":true}", "Publish"));

        assertEquals("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Express state machine does not"
                + " support '.waitForTaskToken' service integration  at /States/Publish/Resource'",
                new InvalidDefinitionException(result.diagnostics()).getMessage());
    }

    @Test
    void shouldRenderMissingLocationAsNullLikeAws() {
        DefinitionResult result = DefinitionParser.parse(machine("\"A\":{\"Type\":\"Pass\",\"Next\":\"A\"}", "A"));

        assertEquals("MISSING_END_STATE: Workflow has no terminal state at null", result.errors().get(0).render());
        assertNull(result.errors().get(0).location());
    }

    @Test
    void shouldLeaveWarningsOutOfValidity() {
        DefinitionResult result = DefinitionParser.parse(machine(
                "\"P\":{\"Type\":\"Pass\",\"Parameters\":{\"x\":\"$.a\"},\"End\":true}", "P"));

        assertTrue(result.isValid());
        assertEquals(1, result.warnings().size());
        assertEquals(Severity.WARNING, result.diagnostics().get(0).severity());
    }

    @Test
    void shouldFillDefaultsInTheModel() {
        StateMachineDefinition definition = DefinitionParser.parse("{\"StartAt\":\"T\",\"States\":{\"T\":{"
                + "\"Type\":\"Task\",\"Resource\":\"" + TASK + "\",\"Retry\":[{\"ErrorEquals\":[\"E\"]}],"
                + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"F\"}],\"End\":true},"
                + "\"F\":{\"Type\":\"Fail\"}}}").definition();

        assertEquals("1.0", definition.version());
        assertEquals(QueryLanguage.JSONPATH, definition.queryLanguage());
        assertNull(definition.timeoutSeconds());
        TaskState task = (TaskState) definition.states().get("T");
        assertEquals("$", task.inputPath());
        assertEquals("$", task.resultPath());
        assertTrue(task.isEnd());
        assertEquals(new Retrier(List.of("E"), 1, 3, 2.0, null, JitterStrategy.NONE, null), task.retry().get(0));
        assertEquals(new Catcher(List.of("States.ALL"), "F", "$", null), task.catchers().get(0));
    }

    @Test
    void shouldKeepNullPathsAsNull() {
        PassState pass = (PassState) DefinitionParser.parse(machine("\"P\":{\"Type\":\"Pass\",\"InputPath\":null,"
                + "\"ResultPath\":null,\"End\":true}", "P")).definition().states().get("P");

        assertNull(pass.inputPath());
        assertNull(pass.resultPath());
        assertEquals("$", pass.outputPath());
    }

    @Test
    void shouldKeepStatesInDefinitionOrder() {
        StateMachineDefinition definition = DefinitionParser.parse("{\"StartAt\":\"b\",\"States\":{"
                + "\"b\":{\"Type\":\"Pass\",\"Next\":\"a\"},\"a\":{\"Type\":\"Pass\",\"Next\":\"c\"},"
                + "\"c\":{\"Type\":\"Succeed\"}}}").definition();

        assertEquals(List.of("b", "a", "c"), List.copyOf(definition.states().keySet()));
        assertEquals("a", ((PassState) definition.states().get("b")).next());
    }

    @Test
    void shouldBuildChoiceRuleTrees() {
        ChoiceState choice = (ChoiceState) DefinitionParser.parse("{\"StartAt\":\"C\",\"States\":{\"C\":{"
                + "\"Type\":\"Choice\",\"Choices\":[{\"And\":[{\"Variable\":\"$.v\",\"NumericGreaterThanEquals\":20},"
                + "{\"Not\":{\"Variable\":\"$.s\",\"StringEqualsPath\":\"$.t\"}}],\"Next\":\"D\"}],"
                + "\"Default\":\"D\"},\"D\":{\"Type\":\"Succeed\"}}}").definition().states().get("C");

        ChoiceTransition transition = choice.choices().get(0);
        assertEquals("D", transition.next());
        assertEquals("D", choice.defaultTarget());
        ChoiceRule.And and = assertInstanceOf(ChoiceRule.And.class, transition.rule());
        ChoiceRule.Comparison first = assertInstanceOf(ChoiceRule.Comparison.class, and.rules().get(0));
        assertEquals(ComparisonOperator.NUMERIC_GREATER_THAN_EQUALS, first.operator());
        assertEquals(JsonNumber.of(20), first.operand());
        ChoiceRule.Not not = assertInstanceOf(ChoiceRule.Not.class, and.rules().get(1));
        ChoiceRule.Comparison second = assertInstanceOf(ChoiceRule.Comparison.class, not.rule());
        assertTrue(second.operator().isPath());
        assertEquals(ComparisonOperator.Family.STRING, second.operator().family());
    }

    @Test
    void shouldFoldLegacyMapSpellings() {
        MapState map = (MapState) DefinitionParser.parse(machine("\"M\":{\"Type\":\"Map\",\"Parameters\":{\"v.$\":"
                + "\"$$.Map.Item.Value\"},\"Iterator\":{\"StartAt\":\"I\",\"States\":{\"I\":{\"Type\":\"Pass\","
                + "\"End\":true}}},\"End\":true}", "M")).definition().states().get("M");

        assertEquals(ProcessorMode.INLINE, map.itemProcessor().mode());
        assertEquals("I", map.itemProcessor().startAt());
        assertEquals("$$.Map.Item.Value", ((JsonObject) map.itemSelector()).get("v.$").toString().replace("\"", ""));
        assertEquals("$", map.itemsPath());
        assertNull(map.maxConcurrency());
    }

    @Test
    void shouldAcceptDefinitionFileWithTrailingNewline() {
        assertTrue(DefinitionParser.parse(machine("\"P\":{\"Type\":\"Pass\",\"End\":true}", "P") + "\n").isValid());
    }

    @Test
    void shouldNameEveryOperatorOfTheChoiceReference() {
        assertEquals(39, ComparisonOperator.values().length);
        assertEquals(ComparisonOperator.STRING_MATCHES, ComparisonOperator.of("StringMatches"));
        assertNull(ComparisonOperator.of("StringMatchesPath"));
    }

    private static String machine(String states, String startAt) {
        return "{\"StartAt\":\"" + startAt + "\",\"States\":{" + states + "}}";
    }
}
