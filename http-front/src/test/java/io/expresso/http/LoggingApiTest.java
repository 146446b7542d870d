package io.expresso.http;

import static io.expresso.http.ServerFixture.ROLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.RuntimeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.LogLevel;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/** A machine's loggingConfiguration, set through the API, decides what its executions write to the server's log file. */
class LoggingApiTest {

    private static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
    private static final String LOG_GROUP = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/logged:*";

    @TempDir
    Path folder;

    @Test
    void shouldLogWhatTheMachinesLoggingConfigurationAsksFor() throws Exception {
        Path file = folder.resolve("expresso.log");
        ExpressoServer server = ExpressoServer.start(new ServerConfig().port(0)
                .runtime(new RuntimeConfig().eventLoops(1).logFile(file)));
        String executionArn;
        try (SfnClient sfn = ServerFixture.client(server.endpoint())) {
            String logged = sfn.createStateMachine(b -> b.name("logged").definition(PASS).roleArn(ROLE)
                    .type(StateMachineType.EXPRESS)
                    .loggingConfiguration(l -> l.level(LogLevel.ALL).includeExecutionData(true)
                            .destinations(d -> d.cloudWatchLogsLogGroup(g -> g.logGroupArn(LOG_GROUP))))).stateMachineArn();
            String quiet = sfn.createStateMachine(b -> b.name("quiet").definition(PASS).roleArn(ROLE)
                    .type(StateMachineType.EXPRESS)).stateMachineArn();
            StartSyncExecutionResponse run = sfn.startSyncExecution(b -> b.stateMachineArn(logged).input("{\"k\":1}"));
            executionArn = run.executionArn();
            sfn.startSyncExecution(b -> b.stateMachineArn(quiet).input("{\"k\":2}"));
        } finally {
            server.close();
        }
        List<JsonObject> records = Files.readAllLines(file).stream()
                .map(line -> (JsonObject) JsonParser.parse(line))
                .filter(event -> ((JsonString) event.get("logStreamName")).value().startsWith("states/"))
                .map(event -> (JsonObject) JsonParser.parse(((JsonString) event.get("message")).value()))
                .collect(Collectors.toList());
        assertEquals(List.of("ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"),
                records.stream().map(r -> ((JsonString) r.get("type")).value()).collect(Collectors.toList()));
        for (JsonObject record : records) {
            assertEquals(executionArn, ((JsonString) record.get("execution_arn")).value());
        }
        assertTrue(records.get(3).get("details").toString().contains("{\\\"k\\\":1}"));
    }
}
