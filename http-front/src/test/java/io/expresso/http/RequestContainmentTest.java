package io.expresso.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.RuntimeConfig;
import io.expresso.http.api.OperationTable;
import io.expresso.runtime.Expresso;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a request or a definitions file throws stays with it: an unforeseen Throwable becomes
 * AWS's InternalFailure on a connection that goes on serving, a broken file fails alone, and a
 * name the JSON parser cannot hold is still answered as the invalid name it is.
 */
class RequestContainmentTest {

    private static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

    /**
     * The server's own connection handlers on a real socket, with operations that fail the way only
     * a bug would: the public operations contain every failure found so far.
     */
    @Test
    void shouldAnswerInternalFailureForAThrowableThatEscapesARequestAndKeepServing() throws Exception {
        OperationTable operations = new OperationTable()
                .add("Overflow", request -> {
                    throw new StackOverflowError();
                })
                .add("FailLater", request -> CompletableFuture.failedFuture(new IllegalStateException("java.lang.Object@1 was null")));
        EventLoopGroup loops = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        Expresso runtime = Expresso.start(new RuntimeConfig(), loops);
        ServerConfig config = new ServerConfig();
        Channel listener = new ServerBootstrap().group(loops).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ExpressoServer.connection(ch.pipeline(), config, operations, runtime);
                    }
                })
                .bind("127.0.0.1", 0).sync().channel();
        try (RawConnection connection = new RawConnection(((InetSocketAddress) listener.localAddress()).getPort())) {
            connection.send(RawConnection.post("Overflow", "{}") + RawConnection.post("FailLater", "{}"));

            assertInternalFailure(connection.read());
            assertInternalFailure(connection.read());
            connection.send(RawConnection.health());
            assertEquals(200, connection.read().status());
        } finally {
            listener.close().sync();
            runtime.shutdown(Duration.ZERO);
            loops.shutdownGracefully(0, 0, TimeUnit.SECONDS).sync();
        }
    }

    private static void assertInternalFailure(RawConnection.Reply failed) {
        assertEquals(500, failed.status(), failed.body());
        assertEquals("InternalFailure", failed.headers().get("x-amzn-errortype"));
        JsonObject body = (JsonObject) JsonParser.parse(failed.body());
        assertEquals(JsonString.of("com.amazon.coral.service#InternalFailure"), body.get("__type"));
        String message = ((JsonString) body.get("message")).value();
        assertTrue(message.contains(failed.headers().get("x-amzn-requestid")), message);
        assertFalse(message.contains("java") || message.contains("Error") || message.contains("Exception"), message);
    }

    @Test
    void shouldAnswerInvalidNameForANameWithAnUnpairedSurrogate() throws Exception {
        try (ExpressoServer server = ExpressoServer.start(new ServerConfig().port(0).runtime(new RuntimeConfig().eventLoops(1)));
             RawConnection connection = new RawConnection(server.port())) {
            connection.send(RawConnection.post("CreateStateMachine", "{\"name\":\"\\ud800\",\"definition\":" + JsonString.of(PASS)
                    + ",\"roleArn\":\"" + ServerFixture.ROLE + "\",\"type\":\"EXPRESS\"}"));

            RawConnection.Reply refused = connection.read();

            assertEquals(400, refused.status(), refused.body());
            assertEquals("InvalidName", refused.headers().get("x-amzn-errortype"));
            // The reply escapes the surrogate as the name came.
            assertTrue(refused.body().contains("\"message\":\"Invalid Name: '\\uD800'\""), refused.body());
        }
    }

    @Test
    void shouldStillRefuseAnUnpairedSurrogateOutsideAName() throws Exception {
        try (ExpressoServer server = ExpressoServer.start(new ServerConfig().port(0).runtime(new RuntimeConfig().eventLoops(1)));
             RawConnection connection = new RawConnection(server.port())) {
            connection.send(RawConnection.post("ListStateMachines", "{\"nextToken\":\"\\ud800\"}"));

            assertEquals("SerializationException", connection.read().headers().get("x-amzn-errortype"));
        }
    }

    @Test
    void shouldDeployTheOtherDefinitionsWhenOneFileBreaksTheCompiler(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("good.asl.json"), PASS);
        Files.writeString(folder.resolve("deep.asl.json"), deeplyNestedFilter(50_000));
        Files.writeString(folder.resolve("refused.asl.json"), "{\"StartAt\":\"Nowhere\",\"States\":{}}");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        try (ExpressoServer server = ExpressoServer.start(new ServerConfig().port(0).definitions(folder)
                .runtime(new RuntimeConfig().eventLoops(1)))) {
            server.printStartup(new PrintStream(printed, true, StandardCharsets.UTF_8));
        }

        String startup = printed.toString(StandardCharsets.UTF_8);
        assertTrue(startup.contains("deployed good  arn:aws:states:"), startup);
        assertTrue(startup.contains("FAILED   deep.asl.json: "), startup);
        assertTrue(startup.contains("FAILED   refused.asl.json: "), startup);
        assertFalse(lineWith(startup, "deep.asl.json").contains("java."), startup);
    }

    /** A JSONPath filter nested deeper than a recursive parser's stack, in a JSON document of depth four. */
    private static String deeplyNestedFilter(int depth) {
        String path = "$.a" + "[?(@.b".repeat(depth) + " == 1)]".repeat(depth);
        return "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"InputPath\":\"" + path + "\",\"End\":true}}}";
    }

    private static String lineWith(String text, String part) {
        return text.lines().filter(line -> line.contains(part)).findFirst().orElseThrow();
    }
}
