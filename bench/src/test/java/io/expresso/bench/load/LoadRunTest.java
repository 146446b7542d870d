package io.expresso.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import io.expresso.http.ExpressoServer;
import io.expresso.http.ServerConfig;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A smoke of the load generator against a real server on loopback: counts and the JSON's shape, never timings. */
class LoadRunTest {

    private static final String HELLO = "arn:aws:states:us-east-1:123456789012:stateMachine:hello";
    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    private static ExpressoServer server;

    @BeforeAll
    static void startServer() throws InterruptedException {
        server = ExpressoServer.start(new ServerConfig().port(0).definitions(Path.of("../examples")));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void shouldAnswerEveryMeasuredRequestClosedLoop() throws InterruptedException {
        LoadResult result = LoadRun.run(options(HELLO).connections(2).build(), NOWHERE);

        assertTrue(result.requests() > 0);
        assertEquals(result.requests(), result.succeeded());
        assertEquals(0, result.errorCount());
        JsonObject json = (JsonObject) JsonParser.parse(result.toJson());
        assertEquals("closed", text(json.get("mode")));
        assertEquals(result.succeeded(), (long) number(json.get("succeeded")));
        JsonObject latency = (JsonObject) json.get("latencyMicros");
        for (String percentile : List.of("p50", "p90", "p99", "p99.9", "max", "mean")) {
            assertTrue(latency.get(percentile) instanceof JsonNumber, percentile);
        }
        assertEquals(0, ((JsonObject) json.get("errorsByType")).size());
        JsonObject curve = (JsonObject) json.get("latencyCurveMicros");
        assertEquals("10", curve.keyAt(0));
        assertEquals("99.99", curve.keyAt(curve.size() - 1));
        for (int i = 1; i < curve.size(); i++) {
            assertTrue(number(curve.valueAt(i)) >= number(curve.valueAt(i - 1)), "the curve rises at " + curve.keyAt(i));
        }
    }

    @Test
    void shouldSendExactlyTheScheduleOpenLoop() throws InterruptedException {
        // 200 per second for 1 s: the measured window holds exactly 200 due times, however slow the machine.
        LoadResult result = LoadRun.run(options(HELLO).rate(200).connections(8).build(), NOWHERE);

        assertEquals(200, result.requests());
        assertEquals(200, result.succeeded());
        assertEquals("open", text(((JsonObject) JsonParser.parse(result.toJson())).get("mode")));
    }

    @Test
    void shouldCountErrorRepliesByType() throws InterruptedException {
        LoadResult result = LoadRun.run(options(HELLO + "-missing").connections(1).build(), NOWHERE);

        assertEquals(0, result.succeeded());
        assertEquals(1, result.errors().size(), result.errors().toString());
        String type = result.errors().keySet().iterator().next();
        assertTrue(type.startsWith("400 ") && type.endsWith("StateMachineDoesNotExist"), type);
        assertEquals(result.requests(), result.errors().get(type));
    }

    private static LoadOptions.Builder options(String machineArn) {
        return LoadOptions.builder()
            .endpoint(URI.create(server.endpoint()))
            .bodies(RequestBodies.startSyncExecution(machineArn, List.of("{\"who\":\"load\"}")))
            .warmup(Duration.ofMillis(200))
            .duration(Duration.ofSeconds(1))
            .progress(false);
    }

    private static String text(Json value) {
        return ((JsonString) value).value();
    }

    private static double number(Json value) {
        return ((JsonNumber) value).doubleValue();
    }
}
