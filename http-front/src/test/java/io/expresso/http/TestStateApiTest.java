package io.expresso.http;

import static io.expresso.http.ServerFixture.ROLE;
import static io.expresso.http.StateMachineApiTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.expresso.fixtures.WorkloadHandlers;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.services.sfn.model.InspectionData;
import software.amazon.awssdk.services.sfn.model.InspectionLevel;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.MockResponseValidationMode;
import software.amazon.awssdk.services.sfn.model.TestExecutionStatus;
import software.amazon.awssdk.services.sfn.model.TestStateRequest;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** TestState through the AWS SDK for Java v2: each status, each inspection level, mocks and refusals. */
class TestStateApiTest {

    private static final String PASS = "{\"Type\":\"Pass\",\"InputPath\":\"$.order\",\"Parameters\":{\"n\":1,\"id.$\":\"$.id\"},"
            + "\"ResultPath\":\"$.picked\",\"OutputPath\":\"$.picked\",\"Next\":\"Ship\"}";
    private static final String TASK = "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\","
            + "\"Parameters\":{\"FunctionName\":\"charge\",\"Payload.$\":\"$\"},\"ResultSelector\":{\"paid.$\":\"$.Payload.ok\"},"
            + "\"ResultPath\":\"$.charge\",\"Retry\":[{\"ErrorEquals\":[\"Busy\"],\"IntervalSeconds\":2,\"BackoffRate\":3,\"MaxAttempts\":2}],"
            + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"ResultPath\":\"$.failure\",\"Next\":\"Refund\"}],\"Next\":\"Done\"}";

    private static ServerFixture fixture;

    @BeforeAll
    static void start() throws InterruptedException {
        fixture = new ServerFixture(false);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static TestStateResponse test(Consumer<TestStateRequest.Builder> request) {
        return fixture.sfn.testState(request);
    }

    @Test
    void shouldShowEveryDataFlowStepOfAPassStateAtDebug() {
        TestStateResponse tested = test(b -> b.definition(PASS).input("{\"order\":{\"id\":7}}").inspectionLevel(InspectionLevel.DEBUG));
        assertEquals(TestExecutionStatus.SUCCEEDED, tested.status());
        assertEquals("{\"n\":1,\"id\":7}", tested.output());
        assertEquals("Ship", tested.nextState());
        InspectionData data = tested.inspectionData();
        assertEquals("{\"order\":{\"id\":7}}", data.input());
        assertEquals("{\"id\":7}", data.afterInputPath());
        assertEquals("{\"n\":1,\"id\":7}", data.afterParameters());
        assertEquals("{\"n\":1,\"id\":7}", data.afterResultSelector());
        assertNull(data.result());
        assertEquals("{\"order\":{\"id\":7},\"picked\":{\"n\":1,\"id\":7}}", data.afterResultPath());
    }

    @Test
    void shouldLeaveInspectionDataOutAtInfoAndKeepItAtTrace() {
        TestStateResponse info = test(b -> b.definition(PASS).input("{\"order\":{\"id\":7}}"));
        assertEquals(TestExecutionStatus.SUCCEEDED, info.status());
        assertNull(info.inspectionData());
        TestStateResponse trace = test(b -> b.definition(PASS).input("{\"order\":{\"id\":7}}").inspectionLevel(InspectionLevel.TRACE));
        assertEquals("{\"id\":7}", trace.inspectionData().afterInputPath());
        assertNull(trace.inspectionData().request());
    }

    @Test
    void shouldApplyAMockedResultThroughResultSelectorAndResultPath() {
        TestStateResponse tested = test(b -> b.definition(TASK).input("{\"amount\":5}").inspectionLevel(InspectionLevel.DEBUG)
                .mock(m -> m.result("{\"Payload\":{\"ok\":true}}").fieldValidationMode(MockResponseValidationMode.PRESENT)));
        assertEquals(TestExecutionStatus.SUCCEEDED, tested.status());
        assertEquals("{\"amount\":5,\"charge\":{\"paid\":true}}", tested.output());
        assertEquals("Done", tested.nextState());
        assertEquals("{\"FunctionName\":\"charge\",\"Payload\":{\"amount\":5}}", tested.inspectionData().afterParameters());
        assertEquals("{\"Payload\":{\"ok\":true}}", tested.inspectionData().result());
        assertEquals("{\"paid\":true}", tested.inspectionData().afterResultSelector());
    }

    @Test
    void shouldReportAnErrorThatARetrierWouldRetryAsRetriable() {
        TestStateResponse tested = test(b -> b.definition(TASK).inspectionLevel(InspectionLevel.DEBUG)
                .stateConfiguration(c -> c.retrierRetryCount(1))
                .mock(m -> m.errorOutput(e -> e.error("Busy").cause("try later"))));
        assertEquals(TestExecutionStatus.RETRIABLE, tested.status());
        assertEquals("Busy", tested.error());
        assertEquals("try later", tested.cause());
        assertNull(tested.nextState());
        assertEquals(0, tested.inspectionData().errorDetails().retryIndex());
        assertEquals(6, tested.inspectionData().errorDetails().retryBackoffIntervalSeconds());
    }

    @Test
    void shouldReportAnErrorPastItsRetriesThatACatcherTakesAsCaught() {
        TestStateResponse tested = test(b -> b.definition(TASK).input("{\"amount\":5}").inspectionLevel(InspectionLevel.DEBUG)
                .stateConfiguration(c -> c.retrierRetryCount(2))
                .mock(m -> m.errorOutput(e -> e.error("Busy").cause("still busy"))));
        assertEquals(TestExecutionStatus.CAUGHT_ERROR, tested.status());
        assertEquals("Refund", tested.nextState());
        assertEquals("{\"amount\":5,\"failure\":{\"Error\":\"Busy\",\"Cause\":\"still busy\"}}", tested.output());
        assertEquals(0, tested.inspectionData().errorDetails().catchIndex());
    }

    @Test
    void shouldReportAnErrorNoHandlerTakesAsFailed() {
        String bare = "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"End\":true}";
        TestStateResponse tested = test(b -> b.definition(bare).mock(m -> m.errorOutput(e -> e.error("Boom").cause("bad"))));
        assertEquals(TestExecutionStatus.FAILED, tested.status());
        assertEquals("Boom", tested.error());
        assertEquals("bad", tested.cause());
        assertNull(tested.output());
    }

    @Test
    void shouldInvokeAnUnmockedTaskThroughItsHandler() {
        String task = "{\"Type\":\"Task\",\"Resource\":\"" + WorkloadHandlers.VALIDATE + "\",\"Parameters\":{\"orderId.$\":\"$.id\","
                + "\"items.$\":\"$.items\"},\"ResultSelector\":{\"valid.$\":\"$.valid\"},\"ResultPath\":\"$.check\",\"End\":true}";
        TestStateResponse tested = test(b -> b.definition(task).roleArn(ROLE)
                .input("{\"id\":\"o-1\",\"items\":[{\"qty\":2,\"unitPriceCents\":100}]}"));
        assertEquals(TestExecutionStatus.SUCCEEDED, tested.status());
        assertEquals("{\"id\":\"o-1\",\"items\":[{\"qty\":2,\"unitPriceCents\":100}],\"check\":{\"valid\":true}}", tested.output());
        assertNull(tested.nextState());
        assertMessage("RoleArn must be specified when testing a Task state", ValidationException.class,
                () -> test(b -> b.definition(task)));
    }

    @Test
    void shouldFollowAChoiceAndFailWhenNoRuleMatches() {
        String choice = "{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericGreaterThan\":10,\"Next\":\"Big\"},"
                + "{\"Variable\":\"$.n\",\"NumericGreaterThan\":5,\"Next\":\"Medium\"}]}";
        TestStateResponse medium = test(b -> b.definition(choice).input("{\"n\":7}").inspectionLevel(InspectionLevel.DEBUG));
        assertEquals(TestExecutionStatus.SUCCEEDED, medium.status());
        assertEquals("Medium", medium.nextState());
        assertEquals("{\"n\":7}", medium.output());
        assertEquals("{\"n\":7}", medium.inspectionData().afterInputPath());
        assertNull(medium.inspectionData().result());
        TestStateResponse none = test(b -> b.definition(choice).input("{\"n\":1}"));
        assertEquals(TestExecutionStatus.FAILED, none.status());
        assertEquals("States.NoChoiceMatched", none.error());
    }

    @Test
    void shouldFailWithAFailStatesErrorAndCause() {
        TestStateResponse tested = test(b -> b.definition("{\"Type\":\"Fail\",\"Error\":\"Rejected\",\"Cause\":\"no stock\"}"));
        assertEquals(TestExecutionStatus.FAILED, tested.status());
        assertEquals("Rejected", tested.error());
        assertEquals("no stock", tested.cause());
    }

    @Test
    void shouldPickAStateOfAWholeDefinitionByName() {
        String machine = "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"},"
                + "\"B\":{\"Type\":\"Pass\",\"Result\":\"b\",\"End\":true}}}";
        TestStateResponse tested = test(b -> b.definition(machine).stateName("B"));
        assertEquals("\"b\"", tested.output());
        assertNull(tested.nextState());
        assertMessage("State not found in definition", ValidationException.class,
                () -> test(b -> b.definition(machine).stateName("C")));
    }

    /** Each kind of state at DEBUG: which {@code inspectionData} members AWS shows, and their values (recorded). */
    static Stream<Arguments> inspectedStates() {
        String parallel = "{\"Type\":\"Parallel\",\"InputPath\":\"$.in\",\"ResultPath\":\"$.out\",\"Branches\":["
                + "{\"StartAt\":\"B1\",\"States\":{\"B1\":{\"Type\":\"Pass\",\"End\":true}}},"
                + "{\"StartAt\":\"B2\",\"States\":{\"B2\":{\"Type\":\"Pass\",\"End\":true}}}],\"End\":true}";
        String map = "{\"Type\":\"Map\",\"ItemsPath\":\"$.names\",\"MaxConcurrency\":1,\"ResultPath\":\"$.upper\","
                + "\"ItemProcessor\":{\"StartAt\":\"Up\",\"States\":{\"Up\":{\"Type\":\"Pass\",\"End\":true}}},\"End\":true}";
        return Stream.of(
                Arguments.of("Pass with Result: no InputPath or Parameters step",
                        "{\"Type\":\"Pass\",\"InputPath\":\"$.a\",\"Parameters\":{\"p\":1},\"Result\":{\"r\":2},"
                                + "\"ResultPath\":\"$.b\",\"End\":true}", "{\"a\":1}", null,
                        Map.of("input", "{\"a\":1}", "result", "{\"r\":2}", "afterResultSelector", "{\"r\":2}",
                                "afterResultPath", "{\"a\":1,\"b\":{\"r\":2}}")),
                Arguments.of("Pass without Result: its Parameters show as the selected result, no result step",
                        "{\"Type\":\"Pass\",\"End\":true}", "{\"v\":1}", null,
                        Map.of("input", "{\"v\":1}", "afterInputPath", "{\"v\":1}", "afterParameters", "{\"v\":1}",
                                "afterResultSelector", "{\"v\":1}", "afterResultPath", "{\"v\":1}")),
                Arguments.of("Fail: its input is its effective input",
                        "{\"Type\":\"Fail\",\"Error\":\"E\"}", "{\"v\":1}", null,
                        Map.of("input", "{\"v\":1}", "afterInputPath", "{\"v\":1}")),
                Arguments.of("Parallel with a mock: only the result steps",
                        parallel, "{\"in\":{\"d\":1}}", "[{\"b\":1},{\"b\":2}]",
                        Map.of("input", "{\"in\":{\"d\":1}}", "afterResultSelector", "[{\"b\":1},{\"b\":2}]",
                                "afterResultPath", "{\"in\":{\"d\":1},\"out\":[{\"b\":1},{\"b\":2}]}")),
                Arguments.of("Map with a mock: its items and MaxConcurrency too",
                        map, "{\"names\":[\"a\",\"b\"]}", "[\"A\",\"B\"]",
                        Map.of("input", "{\"names\":[\"a\",\"b\"]}", "afterInputPath", "{\"names\":[\"a\",\"b\"]}",
                                "afterItemsPath", "[\"a\",\"b\"]", "maxConcurrency", 1,
                                "afterResultSelector", "[\"A\",\"B\"]",
                                "afterResultPath", "{\"names\":[\"a\",\"b\"],\"upper\":[\"A\",\"B\"]}")),
                Arguments.of("Map whose ItemsPath is no array fails before its mock applies",
                        map, "{\"names\":\"a\"}", "[\"A\"]",
                        Map.of("input", "{\"names\":\"a\"}", "afterInputPath", "{\"names\":\"a\"}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inspectedStates")
    void shouldShowTheInspectionDataAwsShowsForEachKindOfState(String kind, String definition, String input, String mock,
            Map<String, Object> expected) {
        TestStateResponse tested = test(b -> {
            b.definition(definition).input(input).inspectionLevel(InspectionLevel.DEBUG);
            if (mock != null) {
                b.mock(m -> m.result(mock));
            }
        });
        assertEquals(expected, members(tested.inspectionData()));
    }

    @Test
    void shouldFailAMapWhoseItemsPathIsNoArrayAsAwsDoesWhateverItsMock() {
        String map = "{\"Type\":\"Map\",\"ItemsPath\":\"$.names\",\"ItemProcessor\":{\"StartAt\":\"Up\",\"States\":"
                + "{\"Up\":{\"Type\":\"Pass\",\"End\":true}}},\"End\":true}";
        TestStateResponse tested = test(b -> b.definition(map).input("{\"names\":{}}").mock(m -> m.result("[]")));
        assertEquals(TestExecutionStatus.FAILED, tested.status());
        assertEquals("States.Runtime", tested.error());
        assertEquals("Reference path \"$.names\" must point to array.", tested.cause());
    }

    @Test
    void shouldRefuseAParallelMockThatIsNotOneItemPerBranch() {
        String parallel = "{\"Type\":\"Parallel\",\"Branches\":[{\"StartAt\":\"B\",\"States\":{\"B\":{\"Type\":\"Pass\","
                + "\"End\":true}}}],\"End\":true}";
        assertMessage("Mocked result must be an array.", ValidationException.class,
                () -> test(b -> b.definition(parallel).mock(m -> m.result("{}"))));
        assertMessage("Mocked result must contain the same number of items as number of Parallel branches.",
                ValidationException.class, () -> test(b -> b.definition(parallel).mock(m -> m.result("[1,2]"))));
        assertEquals("[1]", test(b -> b.definition(parallel).mock(m -> m.result("[1]"))).output());
    }

    @Test
    void shouldRefuseAContextWithATaskForAStateThatWaitsForNoCallbackOrJob() {
        assertMessage("Invalid Context object provided: Context object contains 'Task' when state is not a Task state with a"
                + " '.sync' or '.waitForTaskToken' service integration pattern", ValidationException.class,
                () -> test(b -> b.definition(TASK).context("{\"Task\":{\"Token\":\"t\"}}").mock(m -> m.result("{}"))));
    }

    @Test
    void shouldTestACallbackTaskWithItsTaskContextAsTestStateHasNoWorkflowType() {
        String callback = "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::sqs:sendMessage.waitForTaskToken\","
                + "\"Parameters\":{\"QueueUrl\":\"q\",\"MessageBody\":{\"token.$\":\"$$.Task.Token\"}},\"End\":true}";
        TestStateResponse tested = test(b -> b.definition(callback).context("{\"Task\":{\"Token\":\"tok-1\"}}")
                .inspectionLevel(InspectionLevel.DEBUG).mock(m -> m.result("{\"ok\":1}")));
        assertEquals(TestExecutionStatus.SUCCEEDED, tested.status());
        assertEquals("{\"QueueUrl\":\"q\",\"MessageBody\":{\"token\":\"tok-1\"}}", tested.inspectionData().afterParameters());
        String job = "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::states:startExecution.sync:2\",\"Parameters\":"
                + "{\"StateMachineArn\":\"arn:aws:states:us-east-1:123456789012:stateMachine:child\"},\"End\":true}";
        assertEquals("{\"Output\":\"{}\"}", test(b -> b.definition(job).mock(m -> m.result("{\"Output\":\"{}\"}"))).output());
    }

    @Test
    void shouldWordMockRefusalsAsAwsDoesWithoutAViolationCount() {
        assertMessage("A test mock should have only one of the following fields: [result, errorOutput].", ValidationException.class,
                () -> test(b -> b.definition(TASK).mock(m -> m.result("{}").errorOutput(e -> e.error("X")))));
        assertMessage("Mocked result must be valid JSON", ValidationException.class,
                () -> test(b -> b.definition(TASK).mock(m -> m.result("{"))));
        assertMessage("TestState does not support RevealSecrets when a mock is specified.", ValidationException.class,
                () -> test(b -> b.definition(TASK).revealSecrets(true).mock(m -> m.result("{}"))));
    }

    /** @return the members the reply's {@code inspectionData} has, by their names on the wire */
    private static Map<String, Object> members(InspectionData data) {
        Map<String, Object> members = new HashMap<>();
        for (SdkField<?> field : data.sdkFields()) {
            Object value = field.getValueOrDefault(data);
            if (value != null) {
                members.put(field.locationName(), value);
            }
        }
        return members;
    }

    @Test
    void shouldNameALoneStateAsAwsDoesInTheLocationOfADefinitionError() {
        assertMessage("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Value cannot be empty at /States/StateName/Branches'",
                InvalidDefinitionException.class, () -> test(b -> b.definition("{\"Type\":\"Parallel\",\"Branches\":[],\"End\":true}")
                        .mock(m -> m.result("[]"))));
    }

    @Test
    void shouldRefuseWhatAwsRefuses() {
        assertMessage("State type 'Pass' is not supported when a mock is specified", ValidationException.class,
                () -> test(b -> b.definition(PASS).mock(m -> m.result("{}"))));
        assertNotNull(assertThrows(InvalidDefinitionException.class,
                () -> test(b -> b.definition("{\"Type\":\"Pass\",\"Next\":3}"))).getMessage());
        assertMessage("TestState API does not support Map or Parallel states. Supported state types include: [Task, Wait, Pass,"
                + " Succeed, Fail, Choice]", InvalidDefinitionException.class, () -> test(b -> b.definition(
                "{\"Type\":\"Parallel\",\"Branches\":[{\"StartAt\":\"B\",\"States\":{\"B\":{\"Type\":\"Pass\",\"End\":true}}}],"
                + "\"End\":true}")));
    }
}
