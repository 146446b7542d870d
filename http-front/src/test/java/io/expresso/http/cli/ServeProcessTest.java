package io.expresso.http.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code expresso serve} as its own process: what it says and how it exits when it cannot listen, and on SIGTERM. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ServeProcessTest {

    /** A bound for the harness only: a process that has not exited by then is a failure. */
    private static final long EXIT_BOUND_SECONDS = 60;
    private static final Pattern LISTENING = Pattern.compile("Expresso listening on http://127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern DEPLOYED = Pattern.compile("deployed endless +(\\S+)");

    @Test
    void shouldExitWithOneLineWhenThePortIsTaken(@TempDir Path definitions) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process serve = serve(definitions, "--port", String.valueOf(taken.getLocalPort()));

            assertTrue(serve.waitFor(EXIT_BOUND_SECONDS, TimeUnit.SECONDS), "serve did not exit");
            String errors = new String(serve.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

            assertEquals(1, serve.exitValue(), errors);
            assertTrue(errors.lines().anyMatch(line -> line.equals("expresso serve: 127.0.0.1:" + taken.getLocalPort()
                    + " is already in use; stop the other server or pass --port")), errors);
            assertTrue(errors.lines().noneMatch(line -> line.contains("Exception") || line.startsWith("\tat ")), errors);
        }
    }

    /** A machine that waits for an hour, and one that never waits: a Pass and a Choice that loop for ever on this input. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":3600,\"End\":true}}}",
        "{\"StartAt\":\"Spin\",\"States\":{\"Spin\":{\"Type\":\"Pass\",\"Next\":\"Again\"},\"Again\":{\"Type\":\"Choice\","
                + "\"Choices\":[{\"Variable\":\"$.never\",\"IsPresent\":true,\"Next\":\"Done\"}],\"Default\":\"Spin\"},"
                + "\"Done\":{\"Type\":\"Succeed\"}}}"})
    void shouldAnswerARunningSyncCallerAbortedAndExitOnSigterm(String definition, @TempDir Path definitions) throws Exception {
        Files.writeString(definitions.resolve("endless.asl.json"), definition);
        Path out = definitions.resolve("serve.out");
        Process serve = serve(definitions, "--port", "0", "--drain-seconds", "1", "--log-stdout", "--log-level", "ERROR");
        try {
            int port = Integer.parseInt(await(out, LISTENING).group(1));
            String machine = await(out, DEPLOYED).group(1);
            try (Socket caller = new Socket(InetAddress.getLoopbackAddress(), port)) {
                caller.setSoTimeout((int) TimeUnit.SECONDS.toMillis(EXIT_BOUND_SECONDS));
                byte[] body = ("{\"stateMachineArn\":\"" + machine + "\",\"input\":\"{}\"}").getBytes(StandardCharsets.UTF_8);
                OutputStream request = caller.getOutputStream();
                request.write(("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-amz-json-1.0\r\n"
                        + "X-Amz-Target: AWSStepFunctions.StartSyncExecution\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                request.write(body);
                request.flush();
                awaitRunning(port);

                serve.destroy();

                String reply = new String(caller.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(reply.startsWith("HTTP/1.1 200"), reply);
                // A synchronous execution's status has no ABORTED: AWS answers FAILED, with the abort's error.
                assertTrue(reply.contains("\"status\":\"FAILED\""), reply);
                assertTrue(reply.contains("\"error\":\"States.Aborted\""), reply);
            }
            assertTrue(serve.waitFor(EXIT_BOUND_SECONDS, TimeUnit.SECONDS), "serve did not exit");
            assertEquals(143, serve.exitValue());
            await(out, Pattern.compile("ExecutionAborted"));
        } finally {
            serve.destroyForcibly();
        }
    }

    /** Waits until the server's metrics count one execution in flight. */
    private static void awaitRunning(int port) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest metrics = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build();
        while (!http.send(metrics, HttpResponse.BodyHandlers.ofString()).body().contains("expresso_executions_in_flight 1")) {
            Thread.sleep(20);
        }
    }

    /** Starts {@code expresso serve} on the test's own class path, standard output to {@code serve.out} in the definitions folder. */
    private static Process serve(Path definitions, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ExpressoCommand.class.getName(), "serve",
                "--definitions", definitions.toString()));
        command.addAll(List.of(options));
        return new ProcessBuilder(command).redirectOutput(definitions.resolve("serve.out").toFile()).start();
    }

    /** @return the match of the first line written to {@code out} that has {@code pattern}, once there is one */
    private static Matcher await(Path out, Pattern pattern) throws IOException, InterruptedException {
        while (true) {
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    return matcher;
                }
            }
            Thread.sleep(20);
        }
    }
}
