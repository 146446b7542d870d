package io.expresso.runtime.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.fixtures.LoopbackHttpServer;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pooled client against real servers on loopback ports. */
class HttpClientTest {

    private final EventLoopGroup loops = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final EventLoop loop = loops.next();
    private final List<AutoCloseable> closeLater = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable closeable : closeLater) {
            closeable.close();
        }
        loops.shutdownGracefully(0, 0, TimeUnit.SECONDS).sync();
    }

    @Test
    void shouldSendMethodTargetOrderedHeadersAndBodyAndReturnTheWholeResponse() throws Exception {
        LoopbackHttpServer server = server((ctx, request, exchange) -> {
            FullHttpResponse response = LoopbackHttpServer.response(201, "{\"made\":true}");
            response.setStatus(new HttpResponseStatus(201, "Made Here"));
            response.headers().add("X-Multi", "one").add("X-Multi", "two");
            ctx.writeAndFlush(response);
        });
        HttpClient client = client(new HttpClientConfig());
        HttpFields headers = new HttpFields().add("X-Order", "first").add("X-Order", "second").add("X-Other", "v");

        Outcome outcome = send(client, new HttpRequest("PATCH", server.uri("/items/a%20b?x=1&y=two"), headers,
                "payload".getBytes(StandardCharsets.UTF_8)));

        io.expresso.runtime.net.HttpResponse response = outcome.response();
        assertEquals(201, response.status());
        assertEquals("Made Here", response.reason());
        assertEquals(List.of("one", "two"), response.headers().all("x-multi"));
        assertEquals("{\"made\":true}", new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(loop.inEventLoop(outcome.thread));
        LoopbackHttpServer.Received received = server.received().peek();
        assertEquals("PATCH", received.method());
        assertEquals("/items/a%20b?x=1&y=two", received.uri());
        assertEquals("payload", received.body());
        assertEquals("127.0.0.1:" + server.port(), received.header("Host"));
        assertEquals(List.of("first", "second"), received.headers().stream()
                .filter(h -> h.getKey().equals("X-Order")).map(java.util.Map.Entry::getValue).toList());
    }

    @Test
    void shouldReuseOneKeepAliveConnectionForSequentialRequests() throws Exception {
        LoopbackHttpServer server = server(LoopbackHttpServer.replying(200, "{}"));
        HttpClient client = client(new HttpClientConfig());

        for (int i = 0; i < 3; i++) {
            assertEquals(200, send(client, get(server)).response().status());
        }

        assertEquals(1, server.connections());
    }

    @Test
    void shouldOpenAFreshConnectionAfterTheServerSaysConnectionClose() throws Exception {
        LoopbackHttpServer server = server((ctx, request, exchange) -> {
            FullHttpResponse response = LoopbackHttpServer.response(200, "{}");
            response.headers().set(HttpHeaderNames.CONNECTION, "close");
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        });
        HttpClient client = client(new HttpClientConfig());

        assertEquals(200, send(client, get(server)).response().status());
        assertEquals(200, send(client, get(server)).response().status());

        assertEquals(2, server.connections());
    }

    @Test
    void shouldQueueRequestsBeyondTheConnectionLimitAndServeThemInTurn() throws Exception {
        LoopbackHttpServer server = server(LoopbackHttpServer.replying(200, "{}"));
        HttpClient client = client(new HttpClientConfig().maxConnectionsPerOrigin(1));
        List<Outcome> outcomes = new ArrayList<>();

        loop.submit(() -> {
            for (int i = 0; i < 5; i++) {
                outcomes.add(sendFromLoop(client, get(server)));
            }
        }).sync();

        for (Outcome outcome : outcomes) {
            assertEquals(200, outcome.response().status());
        }
        assertEquals(1, server.connections());
    }

    @Test
    void shouldFailWithQueueFullWhenEveryConnectionIsBusyAndTheQueueIsFull() throws Exception {
        LoopbackHttpServer server = server((ctx, request, exchange) -> { });
        HttpClient client = client(new HttpClientConfig().maxConnectionsPerOrigin(1).maxQueuedPerOrigin(1));
        List<Outcome> outcomes = new ArrayList<>();

        loop.submit(() -> {
            for (int i = 0; i < 3; i++) {
                outcomes.add(sendFromLoop(client, get(server)));
            }
        }).sync();

        assertEquals(HttpFailure.Kind.QUEUE_FULL, outcomes.get(2).failure().kind());
        assertFalse(outcomes.get(0).future.isDone());
    }

    @Test
    void shouldReportARefusedConnection() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        HttpClient client = client(new HttpClientConfig());

        HttpFailure failure = send(client, new HttpRequest("GET", URI.create("http://127.0.0.1:" + port + "/"), null, null))
                .failure();

        assertEquals(HttpFailure.Kind.CONNECT_REFUSED, failure.kind());
        assertTrue(failure.message().contains("127.0.0.1:" + port), failure.message());
    }

    @Test
    void shouldResolveLocalhostFromTheHostsFile() throws Exception {
        LoopbackHttpServer server = server(LoopbackHttpServer.replying(200, "{}"));
        HttpClient client = client(new HttpClientConfig());

        Outcome outcome = send(client, new HttpRequest("GET", URI.create("http://localhost:" + server.port() + "/"), null, null));

        assertEquals(200, outcome.response().status());
        assertEquals("localhost:" + server.port(), server.received().peek().header("Host"));
    }

    @Test
    void shouldFailWithResponseTimeoutAndCloseTheConnection() throws Exception {
        LoopbackHttpServer server = server((ctx, request, exchange) -> { });
        HttpClient client = client(new HttpClientConfig().responseTimeout(Duration.ofMillis(200)));

        HttpFailure failure = send(client, get(server)).failure();

        assertEquals(HttpFailure.Kind.RESPONSE_TIMEOUT, failure.kind());
        assertTrue(server.awaitClosedConnections(1));
    }

    @Test
    void shouldRefuseAResponseWhoseAnnouncedLengthExceedsTheMaximum() throws Exception {
        LoopbackHttpServer server = server(LoopbackHttpServer.replying(200, "x".repeat(1000)));
        HttpClient client = client(new HttpClientConfig().maxResponseBytes(100));

        assertEquals(HttpFailure.Kind.TOO_LARGE, send(client, get(server)).failure().kind());
    }

    @Test
    void shouldRefuseAChunkedResponseOnceItGrowsPastTheMaximum() throws Exception {
        LoopbackHttpServer server = server(chunked(10, "y".repeat(30)));
        HttpClient client = client(new HttpClientConfig().maxResponseBytes(100));

        assertEquals(HttpFailure.Kind.TOO_LARGE, send(client, get(server)).failure().kind());
    }

    @Test
    void shouldAssembleAChunkedResponseWithinTheMaximum() throws Exception {
        LoopbackHttpServer server = server(chunked(100, "z".repeat(30)));
        HttpClient client = client(new HttpClientConfig());

        assertEquals("z".repeat(3000), new String(send(client, get(server)).response().body(), StandardCharsets.UTF_8));
    }

    @Test
    void shouldReportClosedWhenTheServerClosesInTheMiddleOfTheResponse() throws Exception {
        LoopbackHttpServer server = server((ctx, request, exchange) -> LoopbackHttpServer.writeRaw(ctx,
                "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly ten b", true));
        HttpClient client = client(new HttpClientConfig());

        assertEquals(HttpFailure.Kind.CLOSED, send(client, get(server)).failure().kind());
    }

    @Test
    void shouldReadAResponseThatEndsWhenTheServerCloses() throws Exception {
        LoopbackHttpServer server = server((ctx, request, exchange) -> LoopbackHttpServer.writeRaw(ctx,
                "HTTP/1.0 200 OK\r\n\r\nuntil the end", true));
        HttpClient client = client(new HttpClientConfig());

        assertEquals("until the end", new String(send(client, get(server)).response().body(), StandardCharsets.UTF_8));
    }

    @Test
    void shouldReportAnAnswerThatIsNotHttp() throws Exception {
        LoopbackHttpServer server = server((ctx, request, exchange) -> LoopbackHttpServer.writeRaw(ctx,
                "SSH-2.0-OpenSSH_9.2\r\n\r\n", false));
        HttpClient client = client(new HttpClientConfig());

        assertEquals(HttpFailure.Kind.MALFORMED_RESPONSE, send(client, get(server)).failure().kind());
    }

    @Test
    void shouldRetryAnIdempotentRequestOnceOnAFreshConnectionWhenAPooledOneBreaksUnanswered() throws Exception {
        LoopbackHttpServer server = server(answersOnceThenDropsTheConnection());
        HttpClient client = client(new HttpClientConfig());
        assertEquals(200, send(client, get(server)).response().status());

        Outcome second = send(client, get(server));

        assertEquals(200, second.response().status());
        assertEquals(2, server.connections());
    }

    @Test
    void shouldNotRepeatAPostWhenItsPooledConnectionBreaks() throws Exception {
        LoopbackHttpServer server = server(answersOnceThenDropsTheConnection());
        HttpClient client = client(new HttpClientConfig());
        assertEquals(200, send(client, post(server)).response().status());

        HttpFailure failure = send(client, post(server)).failure();

        assertEquals(HttpFailure.Kind.CLOSED, failure.kind());
        assertEquals(1, server.connections());
        assertEquals(2, server.received().size());
    }

    @Test
    void shouldCloseTheConnectionOfACancelledRequestAndNeverAnswerIt() throws Exception {
        LoopbackHttpServer server = server((ctx, request, exchange) -> {
            if (!request.uri().equals("/hold")) {
                ctx.writeAndFlush(LoopbackHttpServer.response(200, "{}"));
            }
        });
        HttpClient client = client(new HttpClientConfig().maxConnectionsPerOrigin(1));
        Outcome held = new Outcome();
        HttpCall call = client.send(loop, new HttpRequest("GET", server.uri("/hold"), null, null), held);
        assertTrue(server.awaitRequests(1));

        call.cancel();

        assertTrue(server.awaitClosedConnections(1));
        assertEquals(200, send(client, get(server)).response().status());
        assertFalse(held.future.isDone());
        assertEquals(2, server.connections());
    }

    @Test
    void shouldServeAQueuedRequestWhenTheOneAheadIsCancelled() throws Exception {
        LoopbackHttpServer server = server((ctx, request, exchange) -> {
            if (!request.uri().equals("/hold")) {
                ctx.writeAndFlush(LoopbackHttpServer.response(200, "{}"));
            }
        });
        HttpClient client = client(new HttpClientConfig().maxConnectionsPerOrigin(1));
        HttpCall held = client.send(loop, new HttpRequest("GET", server.uri("/hold"), null, null), new Outcome());
        assertTrue(server.awaitRequests(1));
        Outcome queued = new Outcome();
        client.send(loop, get(server), queued);

        held.cancel();

        assertEquals(200, queued.response().status());
    }

    @Test
    void shouldSpeakTlsToAServerWhoseCertificateIsTrusted() throws Exception {
        LoopbackHttpServer server = new LoopbackHttpServer(LoopbackHttpServer.replying(200, "{\"tls\":true}"), serverTls());
        closeLater.add(server);
        HttpClient client = client(new HttpClientConfig().trustManager(testTrust()));

        Outcome outcome = send(client, new HttpRequest("GET", URI.create("https://localhost:" + server.port() + "/"), null, null));

        assertEquals("{\"tls\":true}", new String(outcome.response().body(), StandardCharsets.UTF_8));
    }

    @Test
    void shouldReportTlsWhenTheServerCertificateIsNotTrusted() throws Exception {
        LoopbackHttpServer server = new LoopbackHttpServer(LoopbackHttpServer.replying(200, "{}"), serverTls());
        closeLater.add(server);
        HttpClient client = client(new HttpClientConfig());

        HttpFailure failure = send(client, new HttpRequest("GET", server.uri("/"), null, null)).failure();

        assertEquals(HttpFailure.Kind.TLS, failure.kind());
    }

    @Test
    void shouldFailRequestsSentAfterClose() throws Exception {
        HttpClient client = new HttpClient(new HttpClientConfig());
        client.close();

        HttpFailure failure = send(client, new HttpRequest("GET", URI.create("http://127.0.0.1:1/"), null, null)).failure();

        assertEquals(HttpFailure.Kind.SHUTDOWN, failure.kind());
    }

    @Test
    void shouldRefuseHeaderValuesThatWouldForgeAnotherField() {
        HttpFields fields = new HttpFields();

        assertThrows(IllegalArgumentException.class, () -> fields.add("X-Injected", "a\r\nHost: evil"));
        assertThrows(IllegalArgumentException.class, () -> fields.add("Bad Name", "v"));
        assertEquals(0, fields.size());
    }

    @Test
    void shouldRefuseUrlsThatAreNotAbsoluteHttp() {
        assertThrows(IllegalArgumentException.class, () -> new HttpRequest("GET", URI.create("ftp://host/x"), null, null));
        assertThrows(IllegalArgumentException.class, () -> new HttpRequest("GET", URI.create("/relative"), null, null));
        assertThrows(IllegalArgumentException.class, () -> new HttpRequest("GE T", URI.create("http://h/"), null, null));
    }

    @Test
    void shouldReadTheOriginOfAnIpv6Url() {
        Origin origin = Origin.of(URI.create("https://[::1]:8443/x"));

        assertEquals(new Origin(true, "::1", 8443), origin);
        assertEquals("[::1]:8443", origin.hostHeader());
        assertEquals("example.com", Origin.of(URI.create("http://example.com/")).hostHeader());
        assertNull(new HttpFields().first("anything"));
        assertArrayEquals(new byte[0], new HttpRequest("GET", origin, "/", null, null).body());
    }

    /** Answers with a chunked body of {@code count} chunks, no length announced. */
    private static LoopbackHttpServer.Behaviour chunked(int count, String chunk) {
        return (ctx, request, exchange) -> {
            HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
            HttpUtil.setTransferEncodingChunked(head, true);
            ctx.write(head);
            for (int i = 0; i < count; i++) {
                ctx.write(new DefaultHttpContent(Unpooled.copiedBuffer(chunk, StandardCharsets.UTF_8)));
            }
            ctx.writeAndFlush(new DefaultLastHttpContent());
        };
    }

    /** Answers the first request on each connection; the second one closes the connection unanswered. */
    private static LoopbackHttpServer.Behaviour answersOnceThenDropsTheConnection() {
        return (ctx, request, exchange) -> {
            if (exchange == 0) {
                ctx.writeAndFlush(LoopbackHttpServer.response(200, "{}"));
            } else {
                ctx.close();
            }
        };
    }

    private LoopbackHttpServer server(LoopbackHttpServer.Behaviour behaviour) throws InterruptedException {
        LoopbackHttpServer server = new LoopbackHttpServer(behaviour);
        closeLater.add(server);
        return server;
    }

    private HttpClient client(HttpClientConfig config) {
        HttpClient client = new HttpClient(config);
        closeLater.add(0, client);
        return client;
    }

    private static HttpRequest get(LoopbackHttpServer server) {
        return new HttpRequest("GET", server.uri("/"), null, null);
    }

    private static HttpRequest post(LoopbackHttpServer server) {
        return new HttpRequest("POST", server.uri("/"), null, "{}".getBytes(StandardCharsets.UTF_8));
    }

    private Outcome send(HttpClient client, HttpRequest request) {
        Outcome outcome = new Outcome();
        client.send(loop, request, outcome);
        return outcome;
    }

    private Outcome sendFromLoop(HttpClient client, HttpRequest request) {
        assertTrue(loop.inEventLoop());
        return send(client, request);
    }

    static SslContext serverTls() throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(testKeyStore(), "expresso".toCharArray());
        return SslContextBuilder.forServer(keys).build();
    }

    /** Trusts the self-signed certificate of {@code net/localhost.p12} (made by keytool, for localhost and 127.0.0.1). */
    static TrustManagerFactory testTrust() throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(testKeyStore());
        return trust;
    }

    private static KeyStore testKeyStore() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = HttpClientTest.class.getResourceAsStream("/net/localhost.p12")) {
            store.load(in, "expresso".toCharArray());
        }
        return store;
    }

    /** Collects the outcome and the thread it was delivered on. */
    static final class Outcome implements HttpResponseHandler {
        final CompletableFuture<Object> future = new CompletableFuture<>();
        volatile Thread thread;

        @Override
        public void onResponse(io.expresso.runtime.net.HttpResponse response) {
            thread = Thread.currentThread();
            future.complete(response);
        }

        @Override
        public void onFailure(HttpFailure failure) {
            thread = Thread.currentThread();
            future.complete(failure);
        }

        io.expresso.runtime.net.HttpResponse response() throws Exception {
            Object outcome = future.get(10, TimeUnit.SECONDS);
            return assertInstanceOf(io.expresso.runtime.net.HttpResponse.class, outcome, String.valueOf(outcome));
        }

        HttpFailure failure() throws Exception {
            Object outcome = future.get(10, TimeUnit.SECONDS);
            return assertInstanceOf(HttpFailure.class, outcome, String.valueOf(outcome));
        }
    }
}
