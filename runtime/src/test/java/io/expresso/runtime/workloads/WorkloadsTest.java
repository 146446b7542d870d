package io.expresso.runtime.workloads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.expresso.codec.json.JsonParser;
import io.expresso.fixtures.WorkloadFiles;
import io.expresso.fixtures.WorkloadHandlers;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.ExecutionStatus;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.RuntimeConfig;
import io.expresso.runtime.StateMachine;
import io.expresso.runtime.task.TaskHandler;
import io.expresso.runtime.task.TaskHandlers;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every shared workload, run in-process, produces exactly its expected output (compared as JSON values). */
class WorkloadsTest {

    private static Expresso expresso;

    @BeforeAll
    static void start() {
        expresso = Expresso.start(new RuntimeConfig().eventLoops(2)
                .taskHandlers(workloadHandlers()));
    }

    /** The order-pipeline handlers, bound by their Resource ARNs. */
    static TaskHandlers workloadHandlers() {
        TaskHandlers handlers = new TaskHandlers();
        WorkloadHandlers.BY_ARN.forEach((arn, work) -> handlers.register(arn, TaskHandler.of(work::apply)));
        return handlers;
    }

    @AfterAll
    static void stop() {
        expresso.close();
    }

    @TestFactory
    Stream<DynamicTest> shouldProduceExpectedOutputOfEveryWorkload() {
        return WorkloadFiles.NAMES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            StateMachine machine = expresso.deploy(name,
                    new String(WorkloadFiles.read(name, "asl"), StandardCharsets.UTF_8));
            ExecutionResult result = expresso.execute(machine, WorkloadFiles.read(name, "input"))
                    .toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertEquals(ExecutionStatus.SUCCEEDED, result.status(), result::toString);
            assertEquals(JsonParser.parse(WorkloadFiles.read(name, "expected")), result.output());
        }));
    }
}
