package io.expresso.http;

import static io.expresso.http.ServerFixture.PREFIX;
import static io.expresso.http.ServerFixture.route;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/** Parents started through the AWS SDK for Java v2 whose Tasks start children the server holds: versions, aliases, STANDARD. */
class NestedExecutionApiTest {

    private static final String SYNC = "arn:aws:states:::aws-sdk:sfn:startSyncExecution";
    private static ServerFixture fixture;

    @BeforeAll
    static void start() throws InterruptedException {
        fixture = new ServerFixture(false);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void shouldRunWhatAVersionAnAliasOrThePlainArnOfTheChildNames() {
        String child = fixture.create("child", result("one"), StateMachineType.EXPRESS);
        String v1 = fixture.sfn.publishStateMachineVersion(b -> b.stateMachineArn(child)).stateMachineVersionArn();
        fixture.sfn.updateStateMachine(b -> b.stateMachineArn(child).definition(result("latest")));
        fixture.sfn.createStateMachineAlias(b -> b.name("prod").routingConfiguration(route(v1, 100)));
        String parent = fixture.create("caller", """
                {"StartAt":"ByAlias","States":{
                  "ByAlias":{"Type":"Task","Resource":"%1$s","Parameters":{"StateMachineArn":"%2$schild:prod"},
                    "ResultSelector":{"out.$":"$.Output"},"ResultPath":"$.alias","Next":"ByVersion"},
                  "ByVersion":{"Type":"Task","Resource":"%1$s","Parameters":{"StateMachineArn":"%2$schild:1"},
                    "ResultSelector":{"out.$":"$.Output"},"ResultPath":"$.version","Next":"ByName"},
                  "ByName":{"Type":"Task","Resource":"%1$s","Parameters":{"StateMachineArn":"%2$schild"},
                    "ResultSelector":{"out.$":"$.Output","machine.$":"$.StateMachineArn"},"ResultPath":"$.latest","End":true}}}"""
                .formatted(SYNC, PREFIX), StateMachineType.EXPRESS);

        StartSyncExecutionResponse reply = fixture.sfn.startSyncExecution(b -> b.stateMachineArn(parent).input("{}"));
        assertEquals(SyncExecutionStatus.SUCCEEDED, reply.status(), reply.cause());
        assertEquals(json("{\"alias\":{\"out\":\"\\\"one\\\"\"},\"version\":{\"out\":\"\\\"one\\\"\"},"
                + "\"latest\":{\"out\":\"\\\"latest\\\"\",\"machine\":\"" + child + "\"}}"), json(reply.output()));
    }

    @Test
    void shouldPickTheVersionOfAWeightedAliasAtEachStart() {
        String child = fixture.create("weighted", result("one"), StateMachineType.EXPRESS);
        String v1 = fixture.sfn.publishStateMachineVersion(b -> b.stateMachineArn(child)).stateMachineVersionArn();
        fixture.sfn.updateStateMachine(b -> b.stateMachineArn(child).definition(result("two")));
        String v2 = fixture.sfn.publishStateMachineVersion(b -> b.stateMachineArn(child)).stateMachineVersionArn();
        fixture.sfn.createStateMachineAlias(b -> b.name("half").routingConfiguration(route(v1, 50), route(v2, 50)));
        String parent = fixture.create("fanout", """
                {"StartAt":"Each","States":{"Each":{"Type":"Map","ItemsPath":"$.items","End":true,
                  "ItemProcessor":{"StartAt":"Call","States":{"Call":{"Type":"Task","Resource":"%s",
                    "Parameters":{"StateMachineArn":"%sweighted:half"},"OutputPath":"$.Output","End":true}}}}}}"""
                .formatted(SYNC, PREFIX), StateMachineType.EXPRESS);
        String items = "{\"items\":[" + "0,".repeat(39) + "0]}";

        StartSyncExecutionResponse reply = fixture.sfn.startSyncExecution(b -> b.stateMachineArn(parent).input(items));
        assertEquals(SyncExecutionStatus.SUCCEEDED, reply.status(), reply.cause());
        Set<String> outputs = new HashSet<>();
        JsonArray all = (JsonArray) json(reply.output());
        for (int i = 0; i < all.size(); i++) {
            outputs.add(((JsonString) all.get(i)).value());
        }
        assertEquals(Set.of("\"one\"", "\"two\""), outputs, "40 starts, each routed on its own");
    }

    @Test
    void shouldShowAStandardChildToDescribeListAndHistoryAsIfStartedThroughTheApi() {
        String child = fixture.create("ledger", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\","
                + "\"Parameters\":{\"posted.$\":\"$.amount\"},\"End\":true}}}", StateMachineType.STANDARD);
        String parent = fixture.create("poster", """
                {"StartAt":"Post","States":{"Post":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution",
                  "Parameters":{"StateMachineArn":"%s","Name":"post-1","Input":{"amount":12}},
                  "ResultSelector":{"arn.$":"$.ExecutionArn"},"End":true}}}""".formatted(child), StateMachineType.EXPRESS);

        StartSyncExecutionResponse reply = fixture.sfn.startSyncExecution(b -> b.stateMachineArn(parent));
        assertEquals(SyncExecutionStatus.SUCCEEDED, reply.status(), reply.cause());
        String arn = "arn:aws:states:us-east-1:123456789012:execution:ledger:post-1";
        assertEquals(json("{\"arn\":\"" + arn + "\"}"), json(reply.output()));

        DescribeExecutionResponse described = fixture.awaitEnd(arn);
        assertEquals(ExecutionStatus.SUCCEEDED, described.status());
        assertEquals("{\"amount\":12}", described.input());
        assertEquals("{\"posted\":12}", described.output());
        assertEquals(child, described.stateMachineArn());
        assertEquals(List.of(arn), fixture.sfn.listExecutions(b -> b.stateMachineArn(child)).executions().stream()
                .map(item -> item.executionArn()).toList());
        List<String> events = fixture.sfn.getExecutionHistory(b -> b.executionArn(arn)).events().stream()
                .map(event -> event.typeAsString()).toList();
        assertEquals("ExecutionStarted", events.get(0));
        assertEquals("ExecutionSucceeded", events.get(events.size() - 1));
    }

    @Test
    void shouldRefuseTheSynchronousStartOfAStandardChildAndARepeatedNameWithAnotherInput() {
        String child = fixture.create("standard", result("done"), StateMachineType.STANDARD);
        String parent = fixture.create("misuser", """
                {"StartAt":"Sync","States":{
                  "Sync":{"Type":"Task","Resource":"%1$s","Parameters":{"StateMachineArn":"%2$s"},
                    "Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.sync","Next":"First"}],"End":true},
                  "First":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution",
                    "Parameters":{"StateMachineArn":"%2$s","Name":"once","Input":{"n":1}},"ResultPath":null,"Next":"Again"},
                  "Again":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution",
                    "Parameters":{"StateMachineArn":"%2$s","Name":"once","Input":{"n":2}},
                    "Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.again","Next":"Done"}],"End":true},
                  "Done":{"Type":"Succeed"}}}""".formatted(SYNC, child), StateMachineType.EXPRESS);

        StartSyncExecutionResponse reply = fixture.sfn.startSyncExecution(b -> b.stateMachineArn(parent));
        assertEquals(SyncExecutionStatus.SUCCEEDED, reply.status(), reply.cause());
        JsonObject output = (JsonObject) json(reply.output());
        JsonObject sync = (JsonObject) output.get("sync");
        assertEquals(JsonString.of("Sfn.StateMachineTypeNotSupportedException"), sync.get("Error"));
        assertTrue(((JsonString) sync.get("Cause")).value()
                .startsWith("This operation is not supported by this type of state machine (Service: Sfn, Status Code: 400, "), sync::toString);
        JsonObject again = (JsonObject) output.get("again");
        assertEquals(JsonString.of("StepFunctions.ExecutionAlreadyExistsException"), again.get("Error"));
        assertTrue(((JsonString) again.get("Cause")).value().startsWith("Execution Already Exists: "
                + "'arn:aws:states:us-east-1:123456789012:execution:standard:once' (Service: AWSStepFunctions; Status Code: 400; "
                + "Error Code: ExecutionAlreadyExists; "), again::toString);
    }


    private static String result(String value) {
        return "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":\"" + value + "\",\"End\":true}}}";
    }



    private static Json json(String text) {
        return JsonParser.parse(text.getBytes(StandardCharsets.UTF_8));
    }
}
