package io.expresso.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.runtime.RuntimeConfig;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/**
 * Several requests on one connection before any reply: replies leave in request order, and the
 * server stops reading a connection that has too many requests unanswered or does not take its
 * replies, so what it holds for that connection stays bounded.
 */
class PipeliningTest {

    private static final int MAX_PIPELINED = 4;
    /** Far beyond what a connection's socket buffers take, and far below what the server would hold if it kept reading. */
    private static final long WRITE_LIMIT = 64L << 20;
    private static final String PAUSE = "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":1,\"End\":true}}}";
    private static final String PARKED = "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":3600,\"End\":true}}}";

    private static ExpressoServer server;
    private static String pause;
    private static String parked;

    @BeforeAll
    static void start() throws InterruptedException {
        server = ExpressoServer.start(new ServerConfig().port(0).maxPipelined(MAX_PIPELINED).drain(Duration.ZERO)
                .runtime(new RuntimeConfig().eventLoops(1)));
        try (SfnClient sfn = ServerFixture.client(server.endpoint())) {
            pause = create(sfn, "pause", PAUSE);
            parked = create(sfn, "parked", PARKED);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String create(SfnClient sfn, String name, String definition) {
        return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ServerFixture.ROLE).type(StateMachineType.EXPRESS))
                .stateMachineArn();
    }

    private static String startSync(String machineArn) {
        return RawConnection.post("StartSyncExecution", "{\"stateMachineArn\":\"" + machineArn + "\",\"input\":\"{}\"}");
    }

    @Test
    void shouldAnswerPipelinedRequestsInOrder() throws Exception {
        try (RawConnection connection = new RawConnection(server.port())) {
            connection.send(startSync(pause) + RawConnection.health());

            RawConnection.Reply slow = connection.read();
            RawConnection.Reply fast = connection.read();

            assertEquals(200, slow.status());
            assertTrue(slow.body().contains("\"status\":\"SUCCEEDED\""), slow.body());
            assertEquals(200, fast.status());
            assertTrue(fast.body().contains("healthy"), fast.body());
        }
    }

    @Test
    void shouldStopReadingAConnectionAtThePipeliningCap() throws Exception {
        try (RawConnection connection = new RawConnection(server.port())) {
            connection.send(startSync(parked));

            long taken = connection.writeUntilRefused(RawConnection.health(), WRITE_LIMIT);

            assertTrue(taken < WRITE_LIMIT, "the server kept reading requests it could not answer yet: " + taken + " bytes");
        }
    }

    @Test
    void shouldStopReadingAConnectionThatDoesNotTakeItsReplies() throws Exception {
        try (RawConnection connection = new RawConnection(server.port())) {
            long taken = connection.writeUntilRefused(RawConnection.post("ListStateMachines", "{}"), WRITE_LIMIT);

            assertTrue(taken < WRITE_LIMIT, "the server kept reading while its replies piled up: " + taken + " bytes");
        }
    }
}
