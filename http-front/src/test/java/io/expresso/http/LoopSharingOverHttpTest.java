package io.expresso.http;

import static io.expresso.http.ServerFixture.ROLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.expresso.runtime.RuntimeConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/**
 * Over the API, a request that starts a loop that never waits does not take its event loop from
 * the other connections on it: short requests placed on the same loops are answered, and the
 * spinning runs end at their TimeoutSeconds. Without loop sharing this test hangs until its timeout.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LoopSharingOverHttpTest {

    private static final String SPIN = "{\"TimeoutSeconds\": 10, \"StartAt\": \"Spin\", \"States\": {"
            + "\"Spin\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.go\", \"BooleanEquals\": true,"
            + " \"Next\": \"Spin\"}], \"Default\": \"Done\"}, \"Done\": {\"Type\": \"Succeed\"}}}";
    private static final String ECHO = "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}";
    private static final int LOOPS = 2;

    @Test
    void shouldAnswerShortRequestsWhileSpinningExecutionsRunOnEveryLoop() throws Exception {
        // TimeoutSeconds 10 becomes 100 ms.
        try (ExpressoServer server = ExpressoServer.start(new ServerConfig().port(0)
                .runtime(new RuntimeConfig().eventLoops(LOOPS).timeScale(0.01)));
             SfnClient admin = ServerFixture.client(server.endpoint())) {
            String spin = create(admin, "spin", SPIN);
            String echo = create(admin, "echo", ECHO);
            // Each client opens connections of its own, which the server spreads over its loops in turn.
            List<SfnClient> clients = new ArrayList<>();
            List<CompletableFuture<StartSyncExecutionResponse>> spinning = new ArrayList<>();
            for (int i = 0; i < 2 * LOOPS; i++) {
                SfnClient client = ServerFixture.client(server.endpoint());
                clients.add(client);
                spinning.add(CompletableFuture.supplyAsync(
                        () -> client.startSyncExecution(b -> b.stateMachineArn(spin).input("{\"go\": true}"))));
            }
            for (int i = 0; i < 2 * LOOPS; i++) {
                try (SfnClient quick = ServerFixture.client(server.endpoint())) {
                    for (int j = 0; j < 25; j++) {
                        assertEquals(SyncExecutionStatus.SUCCEEDED,
                                quick.startSyncExecution(b -> b.stateMachineArn(echo).input("{}")).status());
                    }
                }
            }
            for (CompletableFuture<StartSyncExecutionResponse> run : spinning) {
                StartSyncExecutionResponse response = run.get();
                assertEquals(SyncExecutionStatus.TIMED_OUT, response.status());
                assertEquals("States.Timeout", response.error());
            }
            clients.forEach(SfnClient::close);
        }
    }

    private static String create(SfnClient sfn, String name, String definition) {
        return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE).type(StateMachineType.EXPRESS))
                .stateMachineArn();
    }
}
