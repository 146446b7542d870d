package io.expresso.http;

import static io.expresso.http.ServerFixture.ROLE;
import static io.expresso.http.StateMachineApiTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.expresso.runtime.workloads.WorkloadHandlers;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
        assertMessage("1 validation error detected: RoleArn must be specified when testing a Task state", ValidationException.class,
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

    @Test
    void shouldRefuseWhatAwsRefuses() {
        assertMessage("1 validation error detected: State type 'Pass' is not supported when a mock is specified", ValidationException.class,
                () -> test(b -> b.definition(PASS).mock(m -> m.result("{}"))));
        assertNotNull(assertThrows(InvalidDefinitionException.class,
                () -> test(b -> b.definition("{\"Type\":\"Pass\",\"Next\":3}"))).getMessage());
        assertThrows(InvalidDefinitionException.class,
                () -> test(b -> b.definition("{\"Type\":\"Parallel\",\"Branches\":[],\"End\":true}")));
        assertThrows(ValidationException.class,
                () -> test(b -> b.definition(TASK).mock(m -> m.result("{}").errorOutput(e -> e.error("X")))));
    }
}
