package io.expresso.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.runtime.RuntimeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/** {@code MACHINE_ARN#TestCase} over the SDK, with a MockConfigFile loaded by the server. */
class MockedExecutionApiTest {

    private static final String DEFINITION = """
            {"StartAt":"Put","States":{
              "Put":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:dynamodb:putItem",
                "Parameters":{"TableName":"orders","Item":{"id":{"S.$":"$.id"}}},"ResultPath":"$.put","Next":"Send"},
              "Send":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage",
                "Parameters":{"QueueUrl":"q","MessageBody.$":"$.id"},"ResultSelector":{"id.$":"$.MessageId"},
                "ResultPath":"$.sent","End":true}}}""";

    private static final String MOCKS = """
            {"StateMachines":{"Orders":{"TestCases":{
               "HappyPath":{"Put":"PutOk","Send":"SendOk"},
               "QueueDown":{"Put":"PutOk","Send":"SendFails"}}}},
             "MockedResponses":{
               "PutOk":{"0":{"Return":{}}},
               "SendOk":{"0":{"Return":{"MessageId":"m-42","MD5OfMessageBody":"x"}}},
               "SendFails":{"0":{"Throw":{"Error":"Sqs.QueueDoesNotExistException","Cause":"no queue q"}}}}}""";

    @TempDir
    static Path folder;
    private static ExpressoServer server;
    private static SfnClient sfn;
    private static String arn;

    @BeforeAll
    static void start() throws Exception {
        Path file = Files.writeString(folder.resolve("MockConfigFile.json"), MOCKS);
        server = ExpressoServer.start(new ServerConfig().port(0)
                .runtime(new RuntimeConfig().eventLoops(2).allowUnboundResources(false).mockConfig(file)));
        sfn = ServerFixture.client(server.endpoint());
        arn = sfn.createStateMachine(b -> b.name("Orders").definition(DEFINITION).roleArn(ServerFixture.ROLE)
                .type(StateMachineType.EXPRESS)).stateMachineArn();
    }

    @AfterAll
    static void stop() {
        sfn.close();
        server.close();
    }

    @Test
    void shouldRunTheTestCaseNamedAfterTheHash() {
        StartSyncExecutionResponse reply = sfn.startSyncExecution(b -> b.stateMachineArn(arn + "#HappyPath").input("{\"id\":\"o-1\"}"));
        assertEquals(SyncExecutionStatus.SUCCEEDED, reply.status(), reply.cause());
        assertEquals("{\"id\":\"o-1\",\"put\":{},\"sent\":{\"id\":\"m-42\"}}", reply.output());
        assertEquals(arn, reply.stateMachineArn());
    }

    @Test
    void shouldSurfaceAThrownErrorAsTheExecutionsError() {
        StartSyncExecutionResponse reply = sfn.startSyncExecution(b -> b.stateMachineArn(arn + "#QueueDown").input("{\"id\":\"o-2\"}"));
        assertEquals(SyncExecutionStatus.FAILED, reply.status());
        assertEquals("Sqs.QueueDoesNotExistException", reply.error());
        assertEquals("no queue q", reply.cause());
    }

    @Test
    void shouldStartAnAsynchronousRunOnATestCase() {
        String executionArn = sfn.startExecution(b -> b.stateMachineArn(arn + "#HappyPath").input("{\"id\":\"o-3\"}")).executionArn();
        assertTrue(executionArn.startsWith("arn:aws:states:us-east-1:123456789012:express:Orders:"), executionArn);
    }

    @Test
    void shouldAnswerAnUnknownTestCaseWithInvalidName() {
        InvalidNameException refused = assertThrows(InvalidNameException.class,
                () -> sfn.startSyncExecution(b -> b.stateMachineArn(arn + "#Nope").input("{}")));
        assertTrue(refused.awsErrorDetails().errorMessage().startsWith("Invalid mock test case name 'Nope' for state machine 'Orders'."),
                refused.awsErrorDetails().errorMessage());
    }
}
