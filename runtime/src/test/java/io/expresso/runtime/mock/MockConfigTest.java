package io.expresso.runtime.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.JsonParser;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.ExecutionStatus;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.RuntimeConfig;
import io.expresso.runtime.StateMachine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MockConfigFile test cases run real executions: numbered responses with Retry, Throw with Catch, Delay, Map. */
class MockConfigTest {

    /** The OrderFlow example of docs/semantics/mocks.md#example, with an SQS call that nothing is bound to. */
    private static final String ORDER_FLOW = """
            {"StartAt":"ReserveStock","States":{
              "ReserveStock":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                "Parameters":{"FunctionName":"reserve-stock","Payload.$":"$"},
                "ResultSelector":{"reservation.$":"$.Payload"},"ResultPath":"$.stock",
                "Retry":[{"ErrorEquals":["Lambda.TooManyRequestsException"],"IntervalSeconds":1,"MaxAttempts":2,"BackoffRate":2}],
                "Catch":[{"ErrorEquals":["OutOfStock"],"ResultPath":"$.error","Next":"Reject"}],
                "Next":"Notify"},
              "Notify":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage",
                "Parameters":{"QueueUrl":"https://sqs.us-east-1.amazonaws.com/123456789012/orders","MessageBody.$":"$.stock.reservation.id"},
                "ResultPath":"$.notified","TimeoutSeconds":1,"End":true},
              "Reject":{"Type":"Fail","Error":"Rejected","Cause":"no stock"}}}""";

    private static final String ITEMS = """
            {"StartAt":"Each","States":{"Each":{"Type":"Map","MaxConcurrency":1,"End":true,
              "ItemProcessor":{"StartAt":"Price","States":{
                "Price":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:dynamodb:getItem",
                  "Parameters":{"TableName":"prices"},"OutputPath":"$.Item","End":true}}}}}}""";

    private static final String MOCKS = """
            {
              "StateMachines": {
                "OrderFlow": {
                  "TestCases": {
                    "HappyPath":       { "ReserveStock": "ReserveOk", "Notify": "SendOk" },
                    "ThrottledThenOk": { "ReserveStock": "ReserveThrottledTwiceThenOk", "Notify": "SendOk" },
                    "ThrottledOnce":   { "ReserveStock": "ReserveThrottledOnce" },
                    "OutOfStock":      { "ReserveStock": "ReserveOutOfStock" },
                    "SlowNotify":      { "ReserveStock": "ReserveOk", "Notify": "SendAfterTwoSeconds" },
                    "DelayedOk":       { "ReserveStock": "ReserveOk", "Notify": "SendAfterAMoment" },
                    "RealNotify":      { "ReserveStock": "ReserveOk" },
                    "Misspelt":        { "ReserveStok": "ReserveOk" }
                  }
                },
                "Items": { "TestCases": { "Prices": { "Price": "ThreePrices" } } }
              },
              "MockedResponses": {
                "ReserveOk": {
                  "0": { "Return": { "StatusCode": 200, "ExecutedVersion": "$LATEST", "Payload": { "id": "r-17", "qty": 2 } } }
                },
                "ReserveThrottledTwiceThenOk": {
                  "0-1": { "Throw": { "Error": "Lambda.TooManyRequestsException", "Cause": "Rate exceeded" } },
                  "2":   { "Return": { "StatusCode": 200, "Payload": { "id": "r-18", "qty": 1 } } }
                },
                "ReserveThrottledOnce": {
                  "0": { "Throw": { "Error": "Lambda.TooManyRequestsException", "Cause": "Rate exceeded" } }
                },
                "ReserveOutOfStock": { "0": { "Throw": { "Error": "OutOfStock", "Cause": "sku-9 has 0 units" } } },
                "SendOk": { "0": { "Return": { "MessageId": "m-1" } } },
                "SendAfterTwoSeconds": { "0": { "Return": { "MessageId": "m-2" }, "Delay": 2000 } },
                "SendAfterAMoment": { "0": { "Return": { "MessageId": "m-3" }, "Delay": 20 } },
                "ThreePrices": {
                  "0":   { "Return": { "Item": { "price": 1 } } },
                  "1-2": { "Return": { "Item": { "price": 2 } } }
                }
              }
            }""";

    @TempDir
    static Path folder;
    private static Expresso expresso;
    private static StateMachine orderFlow;
    private static StateMachine items;

    @BeforeAll
    static void start() throws Exception {
        Path file = Files.writeString(folder.resolve("MockConfigFile.json"), MOCKS);
        // Retry intervals and timeouts at a hundredth: a 1 s interval takes 10 ms. Delays scale alike.
        expresso = Expresso.start(new RuntimeConfig().eventLoops(2).timeScale(0.01).mockConfig(file));
        orderFlow = expresso.deploy("OrderFlow", ORDER_FLOW);
        items = expresso.deploy("Items", ITEMS);
    }

    @AfterAll
    static void stop() {
        expresso.close();
    }

    private static ExecutionResult run(StateMachine machine, String testCase, String input) throws Exception {
        return expresso.execute(machine, null, null, JsonParser.parse(input), false, expresso.mockTestCase(machine, testCase))
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void shouldReturnMockedResponsesForLambdaAndUnboundServices() throws Exception {
        ExecutionResult result = run(orderFlow, "HappyPath", "{\"sku\":\"sku-9\"}");
        assertEquals(ExecutionStatus.SUCCEEDED, result.status(), result::cause);
        assertEquals(JsonParser.parse("""
                {"sku":"sku-9","stock":{"reservation":{"id":"r-17","qty":2}},"notified":{"MessageId":"m-1"}}"""),
                result.output());
    }

    @Test
    void shouldConsumeOneNumberedResponsePerRetryAttempt() throws Exception {
        ExecutionResult result = run(orderFlow, "ThrottledThenOk", "{}");
        assertEquals(ExecutionStatus.SUCCEEDED, result.status(), result::cause);
        assertEquals(JsonParser.parse("{\"reservation\":{\"id\":\"r-18\",\"qty\":1}}"),
                ((io.expresso.codec.json.JsonObject) result.output()).get("stock"));
    }

    @Test
    void shouldFailWhenTheNumberedResponsesRunOut() throws Exception {
        ExecutionResult result = run(orderFlow, "ThrottledOnce", "{}");
        assertEquals(ExecutionStatus.FAILED, result.status());
        assertEquals("States.Runtime", result.error());
        assertTrue(result.cause().contains("No mocked response for state 'ReserveStock' invocation 1 in test case 'ThrottledOnce'"),
                result.cause());
    }

    @Test
    void shouldCatchAThrownError() throws Exception {
        ExecutionResult result = run(orderFlow, "OutOfStock", "{}");
        assertEquals(ExecutionStatus.FAILED, result.status());
        assertEquals("Rejected", result.error());
    }

    @Test
    void shouldDeliverADelayedResponseAfterItsTimer() throws Exception {
        ExecutionResult result = run(orderFlow, "DelayedOk", "{}");
        assertEquals(ExecutionStatus.SUCCEEDED, result.status(), result::cause);
        assertTrue(result.output().toString().contains("m-3"), result.output()::toString);
    }

    @Test
    void shouldTimeOutATaskWhoseDelayOutlastsItsTimeout() throws Exception {
        ExecutionResult result = run(orderFlow, "SlowNotify", "{}");
        assertEquals(ExecutionStatus.FAILED, result.status());
        assertEquals("States.Timeout", result.error());
    }

    @Test
    void shouldRunUnmockedStatesForRealAndNameTheUnboundResource() throws Exception {
        ExecutionResult result = run(orderFlow, "RealNotify", "{}");
        assertEquals(ExecutionStatus.FAILED, result.status());
        assertEquals("States.TaskFailed", result.error());
        assertTrue(result.cause().contains("arn:aws:states:::sqs:sendMessage"), result.cause());
    }

    @Test
    void shouldShareTheCounterAcrossMapIterations() throws Exception {
        ExecutionResult result = run(items, "Prices", "[1,2,3]");
        assertEquals(ExecutionStatus.SUCCEEDED, result.status(), result::cause);
        assertEquals(JsonParser.parse("[{\"price\":1},{\"price\":2},{\"price\":2}]"), result.output());
    }

    @Test
    void shouldRefuseAMissingTestCaseOrAStateTheMachineLacks() {
        MockTestCaseException missing = assertThrows(MockTestCaseException.class,
                () -> expresso.mockTestCase(orderFlow, "NoSuchCase"));
        assertTrue(missing.getMessage().startsWith("Invalid mock test case name 'NoSuchCase' for state machine 'OrderFlow'."),
                missing.getMessage());
        MockTestCaseException misspelt = assertThrows(MockTestCaseException.class,
                () -> expresso.mockTestCase(orderFlow, "Misspelt"));
        assertTrue(misspelt.getMessage().contains("'ReserveStok', which is not a Task state"), misspelt.getMessage());
    }

    @Test
    void shouldRefuseAMalformedFileWithTheExactLocation() {
        assertProblem("{\"StateMachines\":{},\n \"MockedResponses\": {\"A\": {\"0\": {\"Return\": 1, \"Throw\": {}}}}}",
                "m.json: $.MockedResponses.A[\"0\"] must have exactly one of \"Return\" or \"Throw\"");
        assertProblem("{\"StateMachines\":{},\"MockedResponses\":{\"A\":{\"0\":{\"Throw\":{\"Error\":\"E\"}}}}}",
                "m.json: $.MockedResponses.A[\"0\"].Throw is missing the required member \"Cause\"");
        assertProblem("{\"StateMachines\":{},\"MockedResponses\":{\"A\":{\"0\":{\"Return\":1},\"2\":{\"Return\":2}}}}",
                "m.json: $.MockedResponses.A skips invocation 1; invocations are numbered consecutively from 0");
        assertProblem("{\"StateMachines\":{},\"MockedResponses\":{\"A\":{\"0-1\":{\"Return\":1},\"1\":{\"Return\":2}}}}",
                "m.json: $.MockedResponses.A[\"1\"] overlaps another entry at invocation 1");
        assertProblem("{\"StateMachines\":{\"M\":{\"TestCases\":{\"T\":{\"S\":\"Nope\"}}}},\"MockedResponses\":{}}",
                "m.json: $.StateMachines.M.TestCases.T.S names the mocked response 'Nope', which $.MockedResponses does not define");
        assertProblem("{\"StateMachines\":{},\"MockedResponses\":{\"A\":{\"first\":{\"Return\":1}}}}",
                "m.json: $.MockedResponses.A.first is not an invocation number (\"0\") or an inclusive range (\"1-2\")");
        assertProblem("{\"StateMachines\":{}}", "m.json: $ is missing the required member \"MockedResponses\"");
        assertProblem("{\"StateMachines\":{},\n  \"MockedResponses\": {,}}", "m.json:2:");
    }

    @Test
    void shouldRefuseToStartWithAMalformedFile() throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.json"), "{\"StateMachines\":[],\"MockedResponses\":{}}");
        MockConfigException refused = assertThrows(MockConfigException.class,
                () -> Expresso.start(new RuntimeConfig().eventLoops(1).mockConfig(bad)));
        assertEquals(bad + ": $.StateMachines must be an object, was array", refused.getMessage());
    }

    private static void assertProblem(String content, String expected) {
        MockConfigException problem = assertThrows(MockConfigException.class,
                () -> MockConfig.parse(content.getBytes(StandardCharsets.UTF_8), "m.json"));
        assertTrue(problem.getMessage().startsWith(expected), () -> "expected " + expected + "\nbut was " + problem.getMessage());
    }
}
