package io.expresso.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.fixtures.WorkloadHandlers;
import io.expresso.runtime.observe.metrics.MetricsSnapshot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.Tag;
import software.amazon.awssdk.services.sfn.model.TooManyTagsException;

/** {@code GET /metrics} on a real loopback server: its format, and which machines it still reports after deletes. */
class MetricsEndpointTest {

    private static final String PASS = "{\"StartAt\":\"%s\",\"States\":{\"%1$s\":{\"Type\":\"Pass\",\"End\":true}}}";
    private static final String VALIDATE = "{\"StartAt\":\"%s\",\"States\":{\"%1$s\":{\"Type\":\"Task\",\"Resource\":\""
            + WorkloadHandlers.VALIDATE + "\",\"End\":true}}}";
    /** TestState runs a Choice on the runtime, in a machine deployed for the call. */
    private static final String CHOICE = "{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericEquals\":0,"
            + "\"Next\":\"Zero\"}],\"Default\":\"Other\"}";
    private static final String WAIT = "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":240,\"End\":true}}}";

    /** A HELP or TYPE line, or a sample: name, optional labels, a number. */
    private static final Pattern LINE = Pattern.compile(
            "# (HELP|TYPE) [a-z_]+ .+|[a-z_]+(\\{[a-z_]+=\"([^\"\\\\\\n]|\\\\[\\\\\"n])*\"(,[a-z_]+=\"([^\"\\\\\\n]|\\\\[\\\\\"n])*\")*})? [0-9.+-einfInf]+");

    @Test
    void shouldServePrometheusTextOverLoopback() throws Exception {
        try (ServerFixture fixture = new ServerFixture(false)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest scrape = HttpRequest.newBuilder(URI.create(fixture.server.endpoint() + "/metrics")).build();
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> response = http.send(scrape, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode());
                assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain; version=0.0.4"));
                String body = response.body();
                assertTrue(body.endsWith("\n"));
                for (String line : body.split("\n")) {
                    assertTrue(LINE.matcher(line).matches(), line);
                }
                assertTrue(body.contains("# TYPE expresso_executions_in_flight gauge\nexpresso_executions_in_flight 0\n"), body);
                assertTrue(body.contains("\nexpresso_log_records_dropped_total 0\n"), body);
            }
        }
    }

    @Test
    void shouldForgetTheMetricsOfADeletedMachineAndStartAfreshUnderItsName() throws Exception {
        try (ServerFixture fixture = new ServerFixture(false)) {
            String arn = fixture.create("doomed", VALIDATE.formatted("Check"), StateMachineType.EXPRESS);
            fixture.sfn.startSyncExecution(b -> b.stateMachineArn(arn).input("{}"));
            String before = scrape(fixture);
            assertTrue(before.contains(startedLine(arn, 1)), before);
            assertTrue(before.contains(WorkloadHandlers.VALIDATE), before);

            fixture.sfn.deleteStateMachine(b -> b.stateMachineArn(arn));

            String after = scrape(fixture);
            assertFalse(after.contains(arn), after);
            assertFalse(after.contains(WorkloadHandlers.VALIDATE), after);
            fixture.create("doomed", PASS.formatted("Again"), StateMachineType.EXPRESS);
            fixture.sfn.startSyncExecution(b -> b.stateMachineArn(arn).input("{}"));
            String recreated = scrape(fixture);
            assertTrue(recreated.contains(startedLine(arn, 1)), recreated);
            assertFalse(recreated.contains("state=\"Check\""), recreated);
        }
    }

    @Test
    void shouldForgetTheStatesOfADeletedVersionOnceNoAliasRoutesToIt() throws Exception {
        try (ServerFixture fixture = new ServerFixture(false)) {
            String arn = fixture.create("versioned", PASS.formatted("OnlyInVersionOne"), StateMachineType.EXPRESS);
            String v1 = fixture.sfn.publishStateMachineVersion(b -> b.stateMachineArn(arn)).stateMachineVersionArn();
            String alias = fixture.sfn.createStateMachineAlias(b -> b.name("PROD").routingConfiguration(ServerFixture.route(v1, 100)))
                    .stateMachineAliasArn();
            fixture.sfn.startSyncExecution(b -> b.stateMachineArn(alias).input("{}"));
            fixture.sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(PASS.formatted("Latest")));
            String versioned = scrape(fixture);
            assertTrue(versioned.contains("state=\"OnlyInVersionOne\""), versioned);

            fixture.sfn.deleteStateMachineAlias(b -> b.stateMachineAliasArn(alias));
            fixture.sfn.deleteStateMachineVersion(b -> b.stateMachineVersionArn(v1));

            String after = scrape(fixture);
            assertFalse(after.contains("state=\"OnlyInVersionOne\""), after);
            assertTrue(after.contains("state=\"Latest\""), after);
            assertTrue(after.contains(startedLine(arn, 1)), after);
        }
    }

    @Test
    void shouldNotBringBackADeletedMachineWhenItsRunningExecutionEnds() throws Exception {
        try (ServerFixture fixture = new ServerFixture(false)) {
            String arn = fixture.create("parked", WAIT, StateMachineType.STANDARD);
            String run = fixture.sfn.startExecution(b -> b.stateMachineArn(arn)).executionArn();

            fixture.sfn.deleteStateMachine(b -> b.stateMachineArn(arn));
            fixture.sfn.stopExecution(b -> b.executionArn(run).error("Stop"));

            assertEquals(ExecutionStatus.ABORTED, fixture.awaitEnd(run).status());
            String after = scrape(fixture);
            assertFalse(after.contains(arn), after);
        }
    }

    @Test
    void shouldLeaveNoSeriesBehindAfterCyclesOfCreateRunAndDelete() throws Exception {
        try (ServerFixture fixture = new ServerFixture(false)) {
            for (int i = 0; i < 30; i++) {
                String arn = fixture.create("cycle-" + i, VALIDATE.formatted("Check-" + i), StateMachineType.EXPRESS);
                String v1 = fixture.sfn.publishStateMachineVersion(b -> b.stateMachineArn(arn)).stateMachineVersionArn();
                String next = PASS.formatted("Next-" + i);
                String v2 = fixture.sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(next).publish(true))
                        .stateMachineVersionArn();
                String alias = fixture.sfn.createStateMachineAlias(b -> b.name("LIVE")
                        .routingConfiguration(ServerFixture.route(v1, 50), ServerFixture.route(v2, 50))).stateMachineAliasArn();
                fixture.sfn.startSyncExecution(b -> b.stateMachineArn(alias).input("{}"));
                fixture.sfn.startSyncExecution(b -> b.stateMachineArn(arn).input("{}"));
                fixture.sfn.deleteStateMachine(b -> b.stateMachineArn(arn));
            }

            MetricsSnapshot snapshot = fixture.server.runtime().metrics();
            assertEquals(List.of(), snapshot.machines());
            assertEquals(List.of(), snapshot.resources());
            assertFalse(scrape(fixture).contains("cycle-"));
        }
    }

    @Test
    void shouldHoldNoSeriesForAMachineRefusedForTooManyTags() throws Exception {
        try (ServerFixture fixture = new ServerFixture(false)) {
            List<Tag> tags = IntStream.range(0, 51).mapToObj(i -> Tag.builder().key("k" + i).value("v").build()).toList();

            assertThrows(TooManyTagsException.class, () -> fixture.sfn.createStateMachine(b -> b.name("overtagged")
                    .definition(PASS.formatted("P")).roleArn(ServerFixture.ROLE).type(StateMachineType.EXPRESS).tags(tags)));

            assertEquals(List.of(), fixture.server.runtime().metrics().machines());
        }
    }

    @Test
    void shouldLeaveNoSeriesBehindAfterTestStateCalls() throws Exception {
        try (ServerFixture fixture = new ServerFixture(false)) {
            for (int i = 0; i < 5; i++) {
                String input = "{\"n\":" + i + "}";
                fixture.sfn.testState(b -> b.definition(CHOICE).roleArn(ServerFixture.ROLE).input(input));
            }

            assertEquals(List.of(), fixture.server.runtime().metrics().machines());
        }
    }

    private static String scrape(ServerFixture fixture) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest scrape = HttpRequest.newBuilder(URI.create(fixture.server.endpoint() + "/metrics")).build();
        HttpResponse<String> response = http.send(scrape, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static String startedLine(String arn, long started) {
        return "\nexpresso_executions_started_total{state_machine_arn=\"" + arn + "\"} " + started + "\n";
    }
}
