package io.expresso.http.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import io.expresso.http.ExpressoServer;
import io.expresso.http.ServerFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/** {@code --lambda-endpoint} and {@code --lambda-config} from the command line to a Lambda Invoke API server. */
class LambdaOptionsTest {

    private static final String GREET = """
            {"StartAt": "Greet", "States": {"Greet": {"Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:greet", "End": true}}}""";

    @TempDir
    Path folder;
    /** The request paths the Lambda server received. */
    private final List<String> invoked = new CopyOnWriteArrayList<>();
    private HttpServer lambda;

    @BeforeEach
    void startLambda() throws IOException {
        lambda = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        lambda.createContext("/", exchange -> {
            invoked.add(exchange.getRequestURI().getPath());
            byte[] event = exchange.getRequestBody().readAllBytes();
            byte[] payload = ("{\"greeting\":\"hello\",\"event\":" + new String(event, StandardCharsets.UTF_8) + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, payload.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(payload);
            }
        });
        lambda.start();
    }

    @AfterEach
    void stopLambda() {
        lambda.stop(0);
    }

    @Test
    void shouldServeLambdaTasksFromTheEndpointGivenToServe() throws Exception {
        ExpressoServer server = ExpressoServer.start(ServeCommand.configure(arguments("serve", "--port", "0",
                "--definitions", Files.createDirectory(folder.resolve("none")).toString(),
                "--lambda-endpoint", lambdaUrl()), null));
        try (SfnClient sfn = ServerFixture.client(server.endpoint())) {
            String arn = sfn.createStateMachine(b -> b.name("Greeter").definition(GREET).roleArn(ServerFixture.ROLE)
                    .type(StateMachineType.EXPRESS)).stateMachineArn();

            StartSyncExecutionResponse reply = sfn.startSyncExecution(b -> b.stateMachineArn(arn).input("{\"name\":\"ada\"}"));

            assertEquals(SyncExecutionStatus.SUCCEEDED, reply.status(), reply.cause());
            assertEquals("{\"greeting\":\"hello\",\"event\":{\"name\":\"ada\"}}", reply.output());
            assertEquals(List.of("/2015-03-31/functions/greet/invocations"), invoked);
        } finally {
            server.close();
        }
    }

    @Test
    void shouldRunWithTheEndpointsOfALambdaConfigFile() throws Exception {
        Path definition = Files.writeString(folder.resolve("greet.asl.json"), GREET);
        Path config = Files.writeString(folder.resolve("lambda.json"),
                "{\"Functions\": {\"greet\": \"" + lambdaUrl() + "\"}}");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream standardOut = System.out;
        int status;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            status = RunCommand.run(arguments("run", definition.toString(), "--input", "{\"name\":\"bo\"}",
                    "--lambda-config", config.toString()));
        } finally {
            System.setOut(standardOut);
        }

        assertEquals(0, status);
        assertEquals("{\"greeting\":\"hello\",\"event\":{\"name\":\"bo\"}}", printed.toString(StandardCharsets.UTF_8).trim());
    }

    @Test
    void shouldRefuseALambdaEndpointThatIsNotAnHttpUrl() {
        UsageException refused = assertThrows(UsageException.class,
                () -> ServeCommand.configure(arguments("serve", "--lambda-endpoint", "localhost:3001"), null));

        assertEquals("--lambda-endpoint needs an http or https URL, got localhost:3001", refused.getMessage());
    }

    private String lambdaUrl() {
        return "http://127.0.0.1:" + lambda.getAddress().getPort();
    }

    private static Arguments arguments(String... words) {
        return new Arguments(words, 1);
    }
}
