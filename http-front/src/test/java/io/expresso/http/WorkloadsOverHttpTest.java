package io.expresso.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.expresso.codec.json.JsonParser;
import io.expresso.fixtures.WorkloadFiles;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/** The six shared workloads, created and run through the AWS SDK over HTTP, produce their expected outputs. */
class WorkloadsOverHttpTest {

    private static ServerFixture fixture;

    @BeforeAll
    static void start() throws InterruptedException {
        fixture = new ServerFixture(false);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @TestFactory
    Stream<DynamicTest> shouldRunEveryWorkloadEndToEnd() {
        return WorkloadFiles.NAMES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            String arn = fixture.sfn.createStateMachine(b -> b.name(name).type(StateMachineType.EXPRESS).roleArn(ServerFixture.ROLE)
                    .definition(text(name, "asl"))).stateMachineArn();
            StartSyncExecutionResponse run = fixture.sfn.startSyncExecution(b -> b.stateMachineArn(arn).input(text(name, "input")));
            assertEquals(SyncExecutionStatus.SUCCEEDED, run.status(), run::toString);
            assertEquals(JsonParser.parse(WorkloadFiles.read(name, "expected")), JsonParser.parse(run.output()));
        }));
    }

    private static String text(String name, String kind) {
        return new String(WorkloadFiles.read(name, kind), StandardCharsets.UTF_8);
    }
}
