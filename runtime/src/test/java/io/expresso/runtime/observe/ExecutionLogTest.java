package io.expresso.runtime.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.RuntimeConfig;
import io.expresso.runtime.StateMachine;
import io.expresso.runtime.task.TaskHandler;
import io.expresso.runtime.task.TaskHandlers;
import io.expresso.runtime.task.TaskInvocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log records of the {@code greet} example of docs/semantics/logging.md#example, at each level,
 * with and without data.
 */
class ExecutionLogTest {

    private static final String GREET = """
            {"StartAt":"Shape","States":{
              "Shape":{"Type":"Pass","Parameters":{"msg.$":"States.Format('hi {}', $.who)"},"Next":"Save"},
              "Save":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                      "Parameters":{"FunctionName":"save-greeting","Payload.$":"$"},"ResultSelector":{"id.$":"$.Payload.id"},"Next":"Done"},
              "Done":{"Type":"Succeed"}}}""";

    @TempDir
    Path folder;

    /** The EMF lines the runtime wrote to the same destination during the last {@link #run}. */
    private final List<JsonObject> metricLines = new ArrayList<>();

    private List<JsonObject> run(LoggingConfiguration logging, String definition, String input) throws Exception {
        Path file = folder.resolve("log.jsonl");
        TaskHandlers handlers = new TaskHandlers().register("save-greeting",
                TaskHandler.of(payload -> JsonParser.parse("{\"id\":17}")));
        Expresso expresso = Expresso.start(new RuntimeConfig().eventLoops(1).taskHandlers(handlers).logFile(file));
        StateMachine machine = expresso.deploy("greet", definition, "arn:aws:iam::123456789012:role/greet-role", logging);
        ExecutionResult result = expresso.execute(machine, input.getBytes(StandardCharsets.UTF_8))
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
        expresso.close();
        return records(file, result);
    }

    /** Reads the records of {@code result}'s execution from {@code file}, once the runtime that wrote it is closed. */
    private List<JsonObject> records(Path file, ExecutionResult result) throws Exception {
        List<JsonObject> records = new ArrayList<>();
        metricLines.clear();
        for (String line : Files.readAllLines(file)) {
            JsonObject event = (JsonObject) JsonParser.parse(line);
            if (event.get("logStreamName").equals(JsonString.of("expresso/metrics"))) {
                metricLines.add((JsonObject) JsonParser.parse(((JsonString) event.get("message")).value()));
                continue;
            }
            assertTrue(((JsonString) event.get("logStreamName")).value().startsWith("states/greet/"), line);
            JsonObject record = (JsonObject) JsonParser.parse(((JsonString) event.get("message")).value());
            assertEquals(result.executionArn(), ((JsonString) record.get("execution_arn")).value());
            assertEquals(event.get("timestamp").toString(), ((JsonString) record.get("event_timestamp")).value());
            records.add(record);
        }
        return records;
    }

    private static String summary(List<JsonObject> records) {
        StringBuilder out = new StringBuilder();
        for (JsonObject record : records) {
            out.append(((JsonString) record.get("id")).value()).append(' ')
                    .append(((JsonString) record.get("type")).value()).append(" prev=")
                    .append(((JsonString) record.get("previous_event_id")).value()).append('\n');
        }
        return out.toString();
    }

    @Test
    void shouldLogEveryEventOfTheRecordedExampleAtLevelAll() throws Exception {
        List<JsonObject> records = run(new LoggingConfiguration(LogLevel.ALL, true), GREET, "{\"who\":\"ada\"}");
        assertEquals("""
                1 ExecutionStarted prev=0
                2 PassStateEntered prev=0
                3 PassStateExited prev=2
                4 TaskStateEntered prev=3
                5 TaskScheduled prev=4
                6 TaskStarted prev=5
                7 TaskSucceeded prev=6
                8 TaskStateExited prev=7
                9 SucceedStateEntered prev=8
                10 SucceedStateExited prev=9
                11 ExecutionSucceeded prev=10
                """, summary(records));
        assertEquals(JsonParser.parse("{\"input\":\"{\\\"who\\\":\\\"ada\\\"}\",\"inputDetails\":{\"truncated\":false},"
                + "\"roleArn\":\"arn:aws:iam::123456789012:role/greet-role\"}"), records.get(0).get("details"));
        assertEquals("{\"name\":\"Shape\",\"output\":\"{\\\"msg\\\":\\\"hi ada\\\"}\",\"outputDetails\":{\"truncated\":false}}",
                records.get(2).get("details").toString());
        assertEquals("{\"parameters\":\"{\\\"FunctionName\\\":\\\"save-greeting\\\",\\\"Payload\\\":{\\\"msg\\\":\\\"hi ada\\\"}}\","
                + "\"region\":\"us-east-1\",\"resource\":\"invoke\",\"resourceType\":\"lambda\"}",
                records.get(4).get("details").toString());
        assertEquals("{\"resource\":\"invoke\",\"resourceType\":\"lambda\"}", records.get(5).get("details").toString());
        assertEquals("{\"output\":\"{\\\"id\\\":17}\",\"outputDetails\":{\"truncated\":false}}", records.get(10).get("details").toString());
        for (JsonObject record : records) {
            assertEquals("\"0\"", record.get("redrive_count").toString());
        }
    }

    @Test
    void shouldDropExecutionDataWhenNotIncluded() throws Exception {
        List<JsonObject> records = run(new LoggingConfiguration(LogLevel.ALL, false), GREET, "{\"who\":\"ada\"}");
        assertEquals("{\"roleArn\":\"arn:aws:iam::123456789012:role/greet-role\"}", records.get(0).get("details").toString());
        assertEquals("{\"name\":\"Shape\"}", records.get(1).get("details").toString());
        assertEquals("{\"region\":\"us-east-1\",\"resource\":\"invoke\",\"resourceType\":\"lambda\"}",
                records.get(4).get("details").toString());
        assertEquals("{}", records.get(10).get("details").toString());
    }

    @Test
    void shouldLogNothingForASuccessAtLevelError() throws Exception {
        assertEquals(List.of(), run(new LoggingConfiguration(LogLevel.ERROR, true), GREET, "{\"who\":\"ada\"}"));
    }

    @Test
    void shouldKeepOriginalIdsOfAFailureAtLevelError() throws Exception {
        String fail = "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"Boom\",\"Cause\":\"bad\"}}}";
        List<JsonObject> records = run(new LoggingConfiguration(LogLevel.ERROR, false), fail, "{}");
        assertEquals("2 FailStateEntered prev=0\n3 ExecutionFailed prev=2\n", summary(records));
        assertEquals("{\"cause\":\"bad\",\"error\":\"Boom\"}", records.get(1).get("details").toString());
    }

    @Test
    void shouldLogOnlyTheFailureAtLevelFatal() throws Exception {
        String fail = "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"Boom\"}}}";
        List<JsonObject> records = run(new LoggingConfiguration(LogLevel.FATAL, true), fail, "{}");
        assertEquals("3 ExecutionFailed prev=2\n", summary(records));
    }

    @Test
    void shouldWriteNothingWhenLoggingIsOff() throws Exception {
        assertEquals(List.of(), run(LoggingConfiguration.OFF, GREET, "{\"who\":\"ada\"}"));
    }

    @Test
    void shouldTruncateALargePayloadAndSayItWasTruncated() throws Exception {
        String big = "x".repeat(250 * 1024);
        String pass = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
        List<JsonObject> records = run(new LoggingConfiguration(LogLevel.ALL, true), pass, "{\"big\":\"" + big + "\"}");
        JsonObject details = (JsonObject) records.get(0).get("details");
        assertEquals("{\"truncated\":true}", details.get("inputDetails").toString());
        Json input = details.get("input");
        assertTrue(((JsonString) input).value().length() <= LogRecordEncoder.MAX_PAYLOAD_BYTES);
    }

    @Test
    void shouldWriteAggregatedEmfLinesForTheMachineAndItsResourceToTheLogDestination() throws Exception {
        run(LoggingConfiguration.OFF, GREET, "{\"who\":\"ada\"}");
        assertEquals(2, metricLines.size());
        JsonObject emf = metricLines.stream().filter(line -> line.get("StateMachineArn") != null).findFirst().orElseThrow();
        JsonObject resource = metricLines.stream().filter(line -> line.get("ServiceIntegrationResourceArn") != null)
                .findFirst().orElseThrow();
        assertEquals("\"arn:aws:states:::lambda:invoke\"", resource.get("ServiceIntegrationResourceArn").toString());
        assertEquals("\"arn:aws:states:us-east-1:123456789012:stateMachine:greet\"", emf.get("StateMachineArn").toString());
        assertEquals("1", emf.get("ExecutionsStarted").toString());
        assertEquals("1", emf.get("ExecutionsSucceeded").toString());
        assertTrue(emf.get("_aws").isObject());
    }

    private static final String EVERY_STATE = """
            {"StartAt":"Route","States":{
              "Route":{"Type":"Choice","Choices":[{"Variable":"$.go","BooleanEquals":true,"Next":"Pause"}],"Default":"Stop"},
              "Pause":{"Type":"Wait","Seconds":0,"Next":"Both"},
              "Both":{"Type":"Parallel","Next":"Each","ResultPath":"$.both","Branches":[
                {"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}},
                {"StartAt":"B","States":{"B":{"Type":"Pass","End":true}}}]},
              "Each":{"Type":"Map","ItemsPath":"$.items","ResultPath":"$.each","Next":"Save",
                "ItemProcessor":{"StartAt":"Item","States":{"Item":{"Type":"Pass","End":true}}}},
              "Save":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                "Parameters":{"FunctionName":"save-greeting","Payload.$":"$"},"ResultPath":null,"Next":"Done"},
              "Done":{"Type":"Succeed"},
              "Stop":{"Type":"Fail","Error":"NoGo"}}}""";

    @Test
    void shouldLogEveryStateTypeInOrderWithChainedPreviousIds() throws Exception {
        List<JsonObject> records = run(new LoggingConfiguration(LogLevel.ALL, false), EVERY_STATE,
                "{\"go\":true,\"items\":[1,2]}");
        assertEquals("""
                1 ExecutionStarted prev=0
                2 ChoiceStateEntered prev=0
                3 ChoiceStateExited prev=2
                4 WaitStateEntered prev=3
                5 WaitStateExited prev=4
                6 ParallelStateEntered prev=5
                7 ParallelStateStarted prev=6
                8 PassStateEntered prev=7
                9 PassStateExited prev=8
                10 PassStateEntered prev=7
                11 PassStateExited prev=10
                12 ParallelStateSucceeded prev=11
                13 ParallelStateExited prev=11
                14 MapStateEntered prev=13
                15 MapStateStarted prev=14
                16 MapIterationStarted prev=15
                17 PassStateEntered prev=16
                18 PassStateExited prev=17
                19 MapIterationSucceeded prev=18
                20 MapIterationStarted prev=15
                21 PassStateEntered prev=20
                22 PassStateExited prev=21
                23 MapIterationSucceeded prev=22
                24 MapStateSucceeded prev=23
                25 MapStateExited prev=23
                26 TaskStateEntered prev=25
                27 TaskScheduled prev=26
                28 TaskStarted prev=27
                29 TaskSucceeded prev=28
                30 TaskStateExited prev=29
                31 SucceedStateEntered prev=30
                32 SucceedStateExited prev=31
                33 ExecutionSucceeded prev=32
                """, summary(records));
        assertEquals("{\"length\":2}", records.get(14).get("details").toString());
        assertEquals("{\"index\":1,\"name\":\"Each\"}", records.get(19).get("details").toString());
        assertEquals("{}", records.get(6).get("details").toString());
    }

    @Test
    void shouldKeepOnlyFailuresOfEveryStateTypeAtLevelError() throws Exception {
        List<JsonObject> records = run(new LoggingConfiguration(LogLevel.ERROR, true), EVERY_STATE, "{\"go\":false}");
        assertEquals("4 FailStateEntered prev=3\n5 ExecutionFailed prev=4\n", summary(records));
    }

    /** Item 1 fails at once while item 0 waits, so the Wait of item 0 is aborted. */
    private static final String ONE_ITEM_FAILS = """
            {"StartAt":"Each","States":{"Each":{"Type":"Map","End":true,"ItemProcessor":{"StartAt":"Route","States":{
              "Route":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":0,"Next":"Hold"}],"Default":"Stop"},
              "Hold":{"Type":"Wait","Seconds":200,"End":true},
              "Stop":{"Type":"Fail","Error":"Boom"}}}}}}""";

    @Test
    void shouldLogTheAbortedStateWithoutDetailsAndTheAbortedIterationWithItsIndexAndMapName() throws Exception {
        List<JsonObject> records = run(new LoggingConfiguration(LogLevel.ALL, true), ONE_ITEM_FAILS, "[0,1]");
        assertEquals("""
                11 FailStateEntered prev=10
                12 MapIterationFailed prev=11
                13 WaitStateAborted prev=11
                14 MapIterationAborted prev=11
                15 MapStateFailed prev=11
                16 ExecutionFailed prev=15
                """, summary(records.subList(10, records.size())));
        assertEquals("{}", records.get(12).get("details").toString());
        assertEquals("{\"index\":0,\"name\":\"Each\"}", records.get(13).get("details").toString());
    }

    @Test
    void shouldLogNoAbortedEventsForTheStatesRunningWhenTheExecutionIsAbortedFromOutside() throws Exception {
        Path file = folder.resolve("aborted.jsonl");
        CompletableFuture<TaskInvocation> held = new CompletableFuture<>();
        TaskHandlers handlers = new TaskHandlers().register("arn:aws:states:::sqs:sendMessage", held::complete);
        Expresso expresso = Expresso.start(new RuntimeConfig().eventLoops(1).taskHandlers(handlers).logFile(file));
        StateMachine machine = expresso.deploy("greet", """
                {"StartAt":"Both","States":{"Both":{"Type":"Parallel","End":true,"Branches":[
                  {"StartAt":"Send","States":{"Send":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","End":true}}},
                  {"StartAt":"Hold","States":{"Hold":{"Type":"Wait","Seconds":200,"End":true}}}]}}}""",
                "arn:aws:iam::123456789012:role/greet-role", new LoggingConfiguration(LogLevel.ALL, false));
        CompletableFuture<ExecutionResult> run = expresso.executeKeepingHistory(machine, null, null, JsonObject.EMPTY, null)
                .toCompletableFuture();
        expresso.abort(held.get(10, TimeUnit.SECONDS).executionArn(), "stop").toCompletableFuture().get(10, TimeUnit.SECONDS);
        ExecutionResult result = run.get(10, TimeUnit.SECONDS);
        expresso.close();

        List<String> expected = List.of("ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted", "TaskStateEntered",
                "TaskScheduled", "TaskStarted", "WaitStateEntered", "ExecutionAborted");
        assertEquals(expected, records(file, result).stream().map(record -> ((JsonString) record.get("type")).value()).toList());
        assertEquals(expected, result.history().events().stream().map(event -> event.type().name()).toList());
        // AWS's ExecutionAborted names no previous event (LocalStack's recorded test_stop_execution).
        assertEquals("\"0\"", records(file, result).get(7).get("previous_event_id").toString());
        assertEquals(0, result.history().events().get(7).previousId());
    }
}
