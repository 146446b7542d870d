package io.expresso.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.runtime.RuntimeConfig;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Connections that would hold the server without progressing are closed: a request head or body
 * that does not arrive, a kept-alive connection that stays silent, a head too large, a connection
 * beyond the maximum. Short timeouts here; the tests say only that the server closes, not how fast.
 */
class ConnectionLimitsTest {

    private static final Duration SHORT = Duration.ofMillis(300);
    private static final int MAX_HEADER_BYTES = 1024;

    private static ExpressoServer server;

    @BeforeAll
    static void start() throws InterruptedException {
        server = ExpressoServer.start(new ServerConfig().port(0).headerTimeout(SHORT).bodyTimeout(SHORT).idleTimeout(SHORT)
                .maxHeaderBytes(MAX_HEADER_BYTES).runtime(new RuntimeConfig().eventLoops(1)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void shouldCloseAConnectionThatSendsNothing() throws Exception {
        try (RawConnection connection = new RawConnection(server.port())) {
            assertTrue(connection.closedByServer());
        }
    }

    @Test
    void shouldCloseAConnectionWhoseRequestHeadDoesNotArrive() throws Exception {
        try (RawConnection connection = new RawConnection(server.port())) {
            connection.send("POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: AWSStepFunctions.ListStateMachines\r\n");

            assertTrue(connection.closedByServer());
        }
    }

    @Test
    void shouldCloseAConnectionWhoseRequestBodyDoesNotArrive() throws Exception {
        try (RawConnection connection = new RawConnection(server.port())) {
            String request = RawConnection.post("ListStateMachines", "{\"maxResults\": 10}");
            connection.send(request.substring(0, request.length() - 5));

            assertTrue(connection.closedByServer());
        }
    }

    @Test
    void shouldCloseAnIdleKeptAliveConnection() throws Exception {
        try (RawConnection connection = new RawConnection(server.port())) {
            connection.send(RawConnection.health());
            assertEquals(200, connection.read().status());

            assertTrue(connection.closedByServer());
        }
    }

    @Test
    void shouldRefuseATooLargeRequestHeadAndClose() throws Exception {
        try (RawConnection connection = new RawConnection(server.port())) {
            connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "p".repeat(MAX_HEADER_BYTES) + "\r\n\r\n");

            RawConnection.Reply refused = connection.read();

            assertEquals(400, refused.status());
            assertEquals("SerializationException", refused.headers().get("x-amzn-errortype"));
            assertTrue(connection.closedByServer());
        }
    }

    @Test
    void shouldCloseConnectionsBeyondTheMaximum() throws Exception {
        try (ExpressoServer limited = ExpressoServer.start(new ServerConfig().port(0).maxConnections(2)
                .runtime(new RuntimeConfig().eventLoops(1)));
             RawConnection first = new RawConnection(limited.port());
             RawConnection second = new RawConnection(limited.port())) {
            for (RawConnection accepted : new RawConnection[] {first, second}) {
                accepted.send(RawConnection.health());
                assertEquals(200, accepted.read().status());
            }
            try (RawConnection third = new RawConnection(limited.port())) {
                assertTrue(third.closedByServer());
            }

            first.send(RawConnection.health());
            assertEquals(200, first.read().status());
        }
    }
}
