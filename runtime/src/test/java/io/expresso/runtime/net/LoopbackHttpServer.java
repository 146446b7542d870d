package io.expresso.runtime.net;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.ssl.SslContext;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP/1.1 server on a loopback port for tests: it counts the connections it accepts and
 * closes, keeps every request it receives, and answers as its {@link Behaviour} says.
 */
public final class LoopbackHttpServer implements AutoCloseable {

    /** How the server answers one request. */
    @FunctionalInterface
    public interface Behaviour {
        /**
         * @param request released after the call returns
         * @param exchange the request's number on its connection, from 0
         */
        void answer(ChannelHandlerContext ctx, FullHttpRequest request, int exchange);
    }

    /** A request as the server received it. */
    public record Received(String method, String uri, java.util.List<java.util.Map.Entry<String, String>> headers,
            String body, int connection) {
        public String header(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(java.util.Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
    }

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel server;
    private final boolean secure;
    private final AtomicInteger accepted = new AtomicInteger();
    private final Semaphore closedConnections = new Semaphore(0);
    private final Semaphore requestsArrived = new Semaphore(0);
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();

    public LoopbackHttpServer(Behaviour behaviour) throws InterruptedException {
        this(behaviour, null);
    }

    /** @param ssl a server TLS context for https, or {@code null} for plain http */
    public LoopbackHttpServer(Behaviour behaviour, SslContext ssl) throws InterruptedException {
        this.secure = ssl != null;
        this.server = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        int connection = accepted.getAndIncrement();
                        ch.closeFuture().addListener(f -> closedConnections.release());
                        if (ssl != null) {
                            ch.pipeline().addLast(ssl.newHandler(ch.alloc()));
                        }
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20),
                                new SimpleChannelInboundHandler<FullHttpRequest>() {
                                    private int exchange;

                                    @Override
                                    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
                                        received.add(new Received(request.method().name(), request.uri(),
                                                request.headers().entries(),
                                                request.content().toString(StandardCharsets.UTF_8), connection));
                                        requestsArrived.release();
                                        behaviour.answer(ctx, request, exchange++);
                                    }

                                    @Override
                                    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                                        ctx.close();
                                    }
                                });
                    }
                })
                .bind("127.0.0.1", 0).sync().channel();
    }

    /** Answers {@code status} with a JSON {@code body}, keeping the connection open. */
    public static Behaviour replying(int status, String body) {
        return (ctx, request, exchange) -> ctx.writeAndFlush(response(status, body));
    }

    /** A complete response with a {@code Content-Length}. */
    public static FullHttpResponse response(int status, String body) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status),
                Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
        response.headers().set(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
        return response;
    }

    /** Writes raw bytes past the HTTP encoder, for answers that are not valid HTTP or are cut short. */
    public static void writeRaw(ChannelHandlerContext ctx, String text, boolean thenClose) {
        ByteBuf bytes = Unpooled.copiedBuffer(text, StandardCharsets.ISO_8859_1);
        ctx.pipeline().firstContext().writeAndFlush(bytes)
                .addListener(thenClose ? ChannelFutureListener.CLOSE : ChannelFutureListener.CLOSE_ON_FAILURE);
    }

    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** @return {@code http(s)://127.0.0.1:port} followed by {@code path} */
    public URI uri(String path) {
        return URI.create((secure ? "https" : "http") + "://127.0.0.1:" + port() + path);
    }

    /** @return connections accepted so far */
    public int connections() {
        return accepted.get();
    }

    /** Waits until {@code count} connections (in all) have closed; false after ten seconds. */
    public boolean awaitClosedConnections(int count) throws InterruptedException {
        boolean closed = closedConnections.tryAcquire(count, 10, java.util.concurrent.TimeUnit.SECONDS);
        if (closed) {
            closedConnections.release(count);
        }
        return closed;
    }

    /** Waits until {@code count} requests (in all) have arrived; false after ten seconds. */
    public boolean awaitRequests(int count) throws InterruptedException {
        boolean arrived = requestsArrived.tryAcquire(count, 10, java.util.concurrent.TimeUnit.SECONDS);
        if (arrived) {
            requestsArrived.release(count);
        }
        return arrived;
    }

    public Queue<Received> received() {
        return received;
    }

    @Override
    public void close() throws InterruptedException {
        server.close().sync();
        group.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.SECONDS).sync();
    }
}
