package io.expresso.runtime.integration.nested;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.ExecutionStatus;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.RuntimeConfig;
import io.expresso.runtime.StateMachine;
import io.expresso.runtime.task.TaskHandler;
import io.expresso.runtime.task.TaskHandlers;
import io.expresso.runtime.task.TaskInvocation;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tasks that start executions of machines deployed in the same runtime: result shapes, failures, limits, recursion. */
class NestedExecutionTest {

    private static final String PREFIX = "arn:aws:states:us-east-1:123456789012:stateMachine:";
    private static final String START = "arn:aws:states:::states:startExecution";
    private static final String SDK_START = "arn:aws:states:::aws-sdk:sfn:startExecution";
    private static final String SDK_START_SYNC = "arn:aws:states:::aws-sdk:sfn:startSyncExecution";
    private static final String RECORD = "arn:aws:states:::sqs:sendMessage";
    private static final String HOLD = "arn:aws:states:::sns:publish";
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern ISO_MILLIS = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

    /** A child that records its input and its {@code $$.Execution}, then echoes its input. */
    private static final String RECORDER = """
            {"StartAt":"Record","States":{
              "Record":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage",
                "Parameters":{"input.$":"$","execution.$":"$$.Execution"},"ResultPath":null,"End":true}}}""";

    private final BlockingQueue<Json> recorded = new LinkedBlockingQueue<>();
    private final BlockingQueue<TaskInvocation> held = new LinkedBlockingQueue<>();
    private final TaskHandlers handlers = new TaskHandlers()
            .register(RECORD, TaskHandler.of(input -> {
                recorded.add(input);
                return JsonObject.EMPTY;
            }))
            .register(HOLD, held::add);

    @Test
    void shouldAnswerTheOptimizedStartWithTheJavaSdkV1ReplyAndRunTheChild() throws Exception {
        try (Expresso expresso = start(new RuntimeConfig())) {
            expresso.deploy("recorder", RECORDER);
            JsonObject reply = output(expresso, task(START,
                    "{\"StateMachineArn\":\"" + PREFIX + "recorder\",\"Input\":{\"Comment\":\"hi\"},\"Name\":\"run-1\"}"));

            assertEquals(List.of("ExecutionArn", "SdkHttpMetadata", "SdkResponseMetadata", "StartDate"), keys(reply));
            String arn = text(reply.get("ExecutionArn"));
            assertTrue(arn.startsWith("arn:aws:states:us-east-1:123456789012:express:recorder:run-1:"), arn);
            assertTrue(reply.get("StartDate") instanceof JsonNumber, "epoch milliseconds, as the SDK v1 writes dates");
            JsonObject http = (JsonObject) reply.get("SdkHttpMetadata");
            assertEquals(JsonNumber.of(200), http.get("HttpStatusCode"));
            String requestId = text(((JsonObject) reply.get("SdkResponseMetadata")).get("RequestId"));
            assertEquals(requestId, text(((JsonObject) http.get("HttpHeaders")).get("x-amzn-RequestId")));
            assertEquals(List.of("connection", "Content-Length", "Content-Type", "Date", "x-amzn-RequestId"),
                    keys((JsonObject) http.get("HttpHeaders")));

            JsonObject child = (JsonObject) recorded.poll(30, TimeUnit.SECONDS);
            assertNotNull(child, "the child ran");
            assertEquals(json("{\"Comment\":\"hi\"}"), child.get("input"));
            JsonObject execution = (JsonObject) child.get("execution");
            assertEquals(arn, text(execution.get("Id")));
            assertEquals(JsonNumber.of(0), execution.get("RedriveCount"), "an asynchronous child shows RedriveCount");
        }
    }

    @Test
    void shouldAnswerTheSdkStartWithExecutionArnAndIsoStartDate() throws Exception {
        try (Expresso expresso = start(new RuntimeConfig())) {
            expresso.deploy("recorder", RECORDER);
            JsonObject reply = output(expresso, task(SDK_START, "{\"StateMachineArn\":\"" + PREFIX + "recorder\"}"));

            assertEquals(List.of("ExecutionArn", "StartDate"), keys(reply));
            assertTrue(ISO_MILLIS.matcher(text(reply.get("StartDate"))).matches(), reply::toString);
            JsonObject child = (JsonObject) recorded.poll(30, TimeUnit.SECONDS);
            assertEquals(JsonObject.EMPTY, child.get("input"), "no Input is {}");
            String name = text(((JsonObject) child.get("execution")).get("Name"));
            assertTrue(UUID.matcher(name).matches(), "a generated name: " + name);
        }
    }

    @Test
    void shouldAnswerStartSyncExecutionWithTheChildsResult() throws Exception {
        try (Expresso expresso = start(new RuntimeConfig())) {
            expresso.deploy("greeter", """
                    {"StartAt":"Greet","States":{"Greet":{"Type":"Pass",
                      "Parameters":{"greeting.$":"States.Format('Hello, {}!', $.who)"},"End":true}}}""");
            JsonObject reply = output(expresso, task(SDK_START_SYNC, "{\"StateMachineArn\":\"" + PREFIX + "greeter\","
                    + "\"Input\":\"{\\\"who\\\":\\\"Ada\\\"}\",\"Name\":\"greet-1\",\"TraceHeader\":\"Root=1-abc\"}"));

            assertEquals(List.of("ExecutionArn", "StateMachineArn", "Name", "StartDate", "StopDate", "Status", "Input",
                    "InputDetails", "Output", "OutputDetails", "TraceHeader", "BillingDetails"), keys(reply));
            assertEquals("SUCCEEDED", text(reply.get("Status")));
            assertEquals("{\"greeting\":\"Hello, Ada!\"}", text(reply.get("Output")), "the output as JSON text");
            assertEquals("{\"who\":\"Ada\"}", text(reply.get("Input")));
            assertEquals(PREFIX + "greeter", text(reply.get("StateMachineArn")));
            assertEquals("greet-1", text(reply.get("Name")));
            assertEquals("Root=1-abc", text(reply.get("TraceHeader")));
            assertTrue(ISO_MILLIS.matcher(text(reply.get("StopDate"))).matches(), reply::toString);
            assertEquals(json("{\"Included\":true}"), reply.get("OutputDetails"));
            assertEquals(json("{\"BilledMemoryUsedInMB\":64,\"BilledDurationInMilliseconds\":100}"), reply.get("BillingDetails"));
        }
    }

    @Test
    void shouldSucceedWithStatusFailedWhenTheSyncChildFails() throws Exception {
        try (Expresso expresso = start(new RuntimeConfig())) {
            expresso.deploy("failing", "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"Boom\",\"Cause\":\"it broke\"}}}");
            JsonObject reply = output(expresso, task(SDK_START_SYNC, "{\"StateMachineArn\":\"" + PREFIX + "failing\"}"));

            assertEquals("FAILED", text(reply.get("Status")));
            assertEquals("Boom", text(reply.get("Error")));
            assertEquals("it broke", text(reply.get("Cause")));
            assertNull(reply.get("Output"), "no Output when the child did not succeed");
            assertEquals(json("{\"Included\":true}"), reply.get("OutputDetails"));
        }
    }

    @Test
    void shouldSucceedWithStatusTimedOutWhenTheSyncChildTimesOut() throws Exception {
        try (Expresso expresso = start(new RuntimeConfig().timeScale(0.01))) {
            expresso.deploy("slow", "{\"TimeoutSeconds\":1,\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":60,\"End\":true}}}");
            JsonObject reply = output(expresso, task(SDK_START_SYNC, "{\"StateMachineArn\":\"" + PREFIX + "slow\"}"));

            assertEquals("TIMED_OUT", text(reply.get("Status")));
            assertEquals("States.Timeout", text(reply.get("Error")));
        }
    }

    @Test
    void shouldCatchTheRefusalOfAStartWhenTheRuntimeIsFull() throws Exception {
        try (Expresso expresso = start(new RuntimeConfig().maxInFlight(1))) {
            expresso.deploy("recorder", RECORDER);
            JsonObject caught = output(expresso, caught(START, "{\"StateMachineArn\":\"" + PREFIX + "recorder\"}"));

            assertEquals("StepFunctions.ExecutionLimitExceededException", text(caught.get("Error")));
            assertTrue(text(caught.get("Cause")).startsWith("Execution Limit Exceeded: 'The maximum number of running executions "
                    + "has been reached.' (Service: AWSStepFunctions; Status Code: 400; Error Code: ExecutionLimitExceeded;"),
                    caught::toString);
            assertEquals(0, expresso.inFlight(), "nothing of the refused child is counted");
        }
    }

    @Test
    void shouldTimeOutTheWaitForASyncChildAndLetTheChildRunToItsEnd() throws Exception {
        try (Expresso expresso = start(new RuntimeConfig().timeScale(0.01))) {
            expresso.deploy("held", """
                    {"StartAt":"Hold","States":{
                      "Hold":{"Type":"Task","Resource":"arn:aws:states:::sns:publish","Next":"Record"},
                      "Record":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","End":true}}}""");
            String parent = """
                    {"StartAt":"Call","States":{
                      "Call":{"Type":"Task","Resource":"%s","Parameters":{"StateMachineArn":"%sheld"},"TimeoutSeconds":1,
                        "Catch":[{"ErrorEquals":["States.Timeout"],"Next":"TimedOut"}],"End":true},
                      "TimedOut":{"Type":"Pass","End":true}}}""".formatted(SDK_START_SYNC, PREFIX);
            JsonObject caught = output(expresso, parent);

            assertEquals(json("{\"Error\":\"States.Timeout\",\"Cause\":\"\"}"), caught);
            TaskInvocation child = held.poll(30, TimeUnit.SECONDS);
            assertNotNull(child);
            child.succeed(JsonString.of("released"));
            assertEquals(JsonString.of("released"), recorded.poll(30, TimeUnit.SECONDS), "the child went on after the parent gave up");
            awaitNothingInFlight(expresso);
        }
    }

    @Test
    void shouldShowTheParentToTheChildOnlyThroughTheStartedByMemberOfItsInput() throws Exception {
        try (Expresso expresso = start(new RuntimeConfig())) {
            expresso.deploy("introspect", """
                    {"StartAt":"Look","States":{"Look":{"Type":"Pass",
                      "Parameters":{"execution.$":"$$.Execution"},"End":true}}}""");
            String parent = """
                    {"StartAt":"Call","States":{"Call":{"Type":"Task","Resource":"%s",
                      "Parameters":{"StateMachineArn":"%sintrospect",
                        "Input":{"order":7,"AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$":"$$.Execution.Id"}},
                      "ResultSelector":{"child.$":"States.StringToJson($.Output)","arn.$":"$.ExecutionArn"},"End":true}}}"""
                    .formatted(SDK_START_SYNC, PREFIX);
            ExecutionResult result = run(expresso, expresso.deploy("caller", parent), JsonObject.EMPTY);

            JsonObject output = (JsonObject) result.output();
            JsonObject execution = (JsonObject) ((JsonObject) output.get("child")).get("execution");
            assertEquals(output.get("arn"), execution.get("Id"), "the child's own ARN");
            assertEquals(json("{\"order\":7,\"AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID\":\"" + result.executionArn() + "\"}"),
                    execution.get("Input"));
            assertEquals(List.of("Id", "Input", "Name", "RoleArn", "StartTime"), keys(execution),
                    "a synchronous child has no RedriveCount");
        }
    }

    @Test
    void shouldRunTheLatestDeploymentOfAMachineForEachStart() throws Exception {
        try (Expresso expresso = start(new RuntimeConfig())) {
            expresso.deploy("versioned", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":\"one\",\"End\":true}}}");
            StateMachine parent = expresso.deploy("caller", task(SDK_START_SYNC, "{\"StateMachineArn\":\"" + PREFIX + "versioned\"}"));
            assertEquals("\"one\"", text(((JsonObject) run(expresso, parent, JsonObject.EMPTY).output()).get("Output")));

            expresso.deploy("versioned", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":\"two\",\"End\":true}}}");
            assertEquals("\"two\"", text(((JsonObject) run(expresso, parent, JsonObject.EMPTY).output()).get("Output")));
        }
    }

    @Test
    void shouldStartItselfSynchronouslyThousandsOfLevelsDeepWithoutGrowingTheStack() throws Exception {
        String countdown = """
                {"StartAt":"More","States":{
                  "More":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericGreaterThan":0,"Next":"Again"}],"Default":"Bottom"},
                  "Again":{"Type":"Task","Resource":"%s",
                    "Parameters":{"StateMachineArn":"%scountdown","Input":{"n.$":"States.MathAdd($.n, -1)"}},
                    "ResultSelector":{"out.$":"States.StringToJson($.Output)"},"OutputPath":"$.out","End":true},
                  "Bottom":{"Type":"Pass","Result":{"reached":true},"End":true}}}""".formatted(SDK_START_SYNC, PREFIX);
        EventLoopGroup loops = smallStackLoops();
        try (Expresso expresso = Expresso.start(new RuntimeConfig().taskHandlers(handlers), loops)) {
            ExecutionResult result = run(expresso, expresso.deploy("countdown", countdown), json("{\"n\":2000}"));
            assertEquals(ExecutionStatus.SUCCEEDED, result.status(), result::toString);
            assertEquals(json("{\"reached\":true}"), result.output());
        } finally {
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).await();
        }
    }

    @Test
    void shouldStartItselfAsynchronouslyThousandsOfTimesWithoutGrowingTheStack() throws Exception {
        String relay = """
                {"StartAt":"More","States":{
                  "More":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericGreaterThan":0,"Next":"Again"}],"Default":"Last"},
                  "Again":{"Type":"Task","Resource":"%s",
                    "Parameters":{"StateMachineArn":"%srelay","Input":{"n.$":"States.MathAdd($.n, -1)"}},"End":true},
                  "Last":{"Type":"Task","Resource":"%s","End":true}}}""".formatted(START, PREFIX, RECORD);
        EventLoopGroup loops = smallStackLoops();
        try (Expresso expresso = Expresso.start(new RuntimeConfig().taskHandlers(handlers), loops)) {
            assertEquals(ExecutionStatus.SUCCEEDED, run(expresso, expresso.deploy("relay", relay), json("{\"n\":2000}")).status());
            assertEquals(json("{\"n\":0}"), recorded.poll(30, TimeUnit.SECONDS), "the last of the chain ran");
        } finally {
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).await();
        }
    }

    @Test
    void shouldAdmitTheChildrenOfRunningExecutionsWhileTheRuntimeDrains() throws Exception {
        Expresso expresso = start(new RuntimeConfig());
        expresso.deploy("recorder", RECORDER);
        String parent = """
                {"StartAt":"Hold","States":{
                  "Hold":{"Type":"Task","Resource":"%s","ResultPath":null,"Next":"Call"},
                  "Call":{"Type":"Task","Resource":"%s","Parameters":{"StateMachineArn":"%srecorder"},
                    "ResultSelector":{"Status.$":"$.Status"},"End":true}}}""".formatted(HOLD, SDK_START_SYNC, PREFIX);
        CompletionStage<ExecutionResult> running = expresso.execute(expresso.deploy("caller", parent), JsonObject.EMPTY);
        TaskInvocation hold = held.poll(30, TimeUnit.SECONDS);
        CompletableFuture<Boolean> drained = CompletableFuture.supplyAsync(() -> shutdown(expresso));
        while (!expresso.execute(expresso.deploy("late", RECORDER), JsonObject.EMPTY).toCompletableFuture().isCompletedExceptionally()) {
            Thread.onSpinWait();
        }

        hold.succeed(JsonObject.EMPTY);
        assertEquals(json("{\"Status\":\"SUCCEEDED\"}"), running.toCompletableFuture().get(30, TimeUnit.SECONDS).output());
        assertTrue(drained.get(30, TimeUnit.SECONDS), "everything ended within the drain");
    }

    @Test
    void shouldLetAHandlerTheUserBoundToTheResourceWin() throws Exception {
        handlers.register(START, TaskHandler.of(input -> JsonString.of("mine")));
        try (Expresso expresso = start(new RuntimeConfig())) {
            assertEquals(JsonString.of("mine"), run(expresso, expresso.deploy("caller",
                    task(START, "{\"StateMachineArn\":\"" + PREFIX + "nowhere\"}")), JsonObject.EMPTY).output());
        }
    }

    @Test
    void shouldReturnTheMockedResponseInsteadOfStartingTheChild(@TempDir Path folder) throws Exception {
        Path mocks = Files.writeString(folder.resolve("MockConfigFile.json"), """
                {"StateMachines":{"caller":{"TestCases":{"NoChild":{"Start":"ChildDone"}}}},
                 "MockedResponses":{"ChildDone":{"0":{"Return":{"Status":"SUCCEEDED","Output":"{\\"mocked\\":true}"}}}}}""");
        try (Expresso expresso = start(new RuntimeConfig().mockConfig(mocks))) {
            expresso.deploy("recorder", RECORDER);
            StateMachine parent = expresso.deploy("caller", task(SDK_START_SYNC, "{\"StateMachineArn\":\"" + PREFIX + "recorder\"}"));
            ExecutionResult result = expresso.execute(parent, null, null, JsonObject.EMPTY, false,
                    expresso.mockTestCase(parent, "NoChild")).toCompletableFuture().get(30, TimeUnit.SECONDS);

            assertEquals(json("{\"Status\":\"SUCCEEDED\",\"Output\":\"{\\\"mocked\\\":true}\"}"), result.output());
            assertTrue(recorded.isEmpty(), "the child was not started");
        }
    }

    private Expresso start(RuntimeConfig config) {
        return Expresso.start(config.eventLoops(2).taskHandlers(handlers));
    }

    /** A machine whose one Task calls {@code resource} with {@code parameters}. */
    private static String task(String resource, String parameters) {
        return "{\"StartAt\":\"Start\",\"States\":{\"Start\":{\"Type\":\"Task\",\"Resource\":\"" + resource
                + "\",\"Parameters\":" + parameters + ",\"End\":true}}}";
    }

    /** As {@link #task}, ending with the error of the Task when it fails. */
    private static String caught(String resource, String parameters) {
        return "{\"StartAt\":\"Start\",\"States\":{\"Start\":{\"Type\":\"Task\",\"Resource\":\"" + resource
                + "\",\"Parameters\":" + parameters + ",\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Caught\"}],"
                + "\"End\":true},\"Caught\":{\"Type\":\"Pass\",\"End\":true}}}";
    }

    private static int parents;

    /** Deploys {@code definition} under a new name, runs it with {@code {}} and returns its output. */
    private static JsonObject output(Expresso expresso, String definition) throws Exception {
        ExecutionResult result = run(expresso, expresso.deploy("parent" + parents++, definition), JsonObject.EMPTY);
        assertEquals(ExecutionStatus.SUCCEEDED, result.status(), result::toString);
        return (JsonObject) result.output();
    }

    private static ExecutionResult run(Expresso expresso, StateMachine machine, Json input) throws Exception {
        return expresso.execute(machine, input).toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static void awaitNothingInFlight(Expresso expresso) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (expresso.inFlight() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(0, expresso.inFlight());
    }

    private static boolean shutdown(Expresso expresso) {
        try {
            return expresso.shutdown(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Loops whose threads have a stack small enough that recursion per nesting level would overflow it. */
    private static EventLoopGroup smallStackLoops() {
        ThreadFactory smallStack = runnable -> new Thread(null, runnable, "small-stack", 256 * 1024);
        return new MultiThreadIoEventLoopGroup(1, smallStack, NioIoHandler.newFactory());
    }

    private static List<String> keys(JsonObject object) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < object.size(); i++) {
            keys.add(object.keyAt(i));
        }
        return keys;
    }

    private static String text(Json value) {
        return ((JsonString) value).value();
    }

    private static Json json(String text) {
        return JsonParser.parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
