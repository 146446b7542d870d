package io.expresso.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.JsonParser;
import io.expresso.runtime.ExecutionStatus;
import io.expresso.runtime.RuntimeConfig;
import io.expresso.runtime.corpus.CorpusCases;
import io.expresso.runtime.task.TaskHandlers;
import java.io.IOException;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/**
 * The execution corpus again, through the Step Functions API: each case creates its machine (and
 * deletes it after, since its task bindings are made at creation), and StartSyncExecution runs it
 * with the SDK as client, so the
 * request decoding, the reply encoding and the numbers' written form are checked on every case, not
 * only the engine. Cases that check log records or are started asynchronously (whose result the API
 * does not return for Express) stay with the embedded runner.
 */
class ExecutionCorpusOverHttpTest {

    /** The embedded runner's default role, so that {@code $$.Execution.RoleArn} reads the same. */
    private static final String ROLE = "arn:aws:iam::123456789012:role/" + CorpusCases.MACHINE + "-role";
    private static final TaskHandlers HANDLERS = new TaskHandlers();
    private static ExecutorService elsewhere;
    private static ExpressoServer server;
    private static SfnClient sfn;

    @BeforeAll
    static void start() throws InterruptedException {
        elsewhere = Executors.newSingleThreadExecutor();
        server = ExpressoServer.start(new ServerConfig().port(0).runtime(new RuntimeConfig().eventLoops(2)
                .timeScale(0.01).taskHandlers(HANDLERS).allowUnboundResources(true)));
        sfn = ServerFixture.client(server.endpoint());
    }

    @AfterAll
    static void stop() {
        sfn.close();
        server.close();
        elsewhere.shutdownNow();
    }

    @TestFactory
    Stream<DynamicTest> corpusOverTheApi() throws IOException {
        List<CorpusCases.Case> cases = CorpusCases.load(Paths.get("../runtime", CorpusCases.EXECUTIONS)).stream()
                .filter(testCase -> !testCase.listsEvents() && !testCase.async()).toList();
        assertTrue(cases.size() >= 120, "at least 120 cases run over the API, " + cases.size() + " do");
        return cases.stream().map(testCase -> DynamicTest.dynamicTest(testCase.name(), () -> run(testCase)));
    }

    private static void run(CorpusCases.Case testCase) {
        testCase.bindTasks(HANDLERS, elsewhere);
        String machineArn = sfn.createStateMachine(b -> b.name(CorpusCases.MACHINE).roleArn(ROLE)
                .type(StateMachineType.EXPRESS).definition(testCase.definition().toString())).stateMachineArn();
        StartSyncExecutionResponse response;
        try {
            response = sfn.startSyncExecution(b -> b.stateMachineArn(machineArn).name(CorpusCases.EXECUTION)
                    .input(testCase.input().toString()));
        } finally {
            sfn.deleteStateMachine(b -> b.stateMachineArn(machineArn));
        }
        testCase.check(ExecutionStatus.valueOf(response.statusAsString()),
                response.output() == null ? null : JsonParser.parse(response.output()),
                response.error(), response.cause(), response.toString());
    }
}
