package io.expresso.bench.http;

import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.uuid.RandomUuids;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP ceiling: a bare Netty server that answers every POST with one fixed StartSyncExecution
 * reply, shaped and sized as Expresso's (same members, the workload's real input and output, the same
 * headers including a fresh request id), without parsing the request or running anything. What
 * Expresso's HTTP throughput is measured against.
 */
public final class HttpCeiling implements AutoCloseable {

    private static final String MACHINE_ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:ceiling";
    private static final int MAX_REQUEST_BYTES = 1024 * 1024;

    private final EventLoopGroup loops;
    private final Channel channel;

    private HttpCeiling(EventLoopGroup loops, Channel channel) {
        this.loops = loops;
        this.channel = channel;
    }

    /**
     * Binds on {@code 127.0.0.1:port} (0 for an ephemeral port) with one event loop per core, as Expresso does.
     *
     * @param reply the body every request gets
     */
    public static HttpCeiling start(int port, byte[] reply) throws InterruptedException {
        EventLoopGroup loops = new MultiThreadIoEventLoopGroup(Runtime.getRuntime().availableProcessors(), NioIoHandler.newFactory());
        FixedReply handler = new FixedReply(reply);
        try {
            Channel channel = new ServerBootstrap()
                .group(loops)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(MAX_REQUEST_BYTES), handler);
                    }
                })
                .bind("127.0.0.1", port).sync().channel();
            return new HttpCeiling(loops, channel);
        } catch (RuntimeException | InterruptedException e) {
            loops.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            throw e;
        }
    }

    /** @return the StartSyncExecution reply of a succeeded execution with this input and output (compact JSON texts) */
    public static byte[] startSyncReply(String input, String output) {
        long now = System.currentTimeMillis();
        JsonObject included = JsonObject.builder(1).add("included", JsonBoolean.TRUE).build();
        return JsonSerializer.toBytes(JsonObject.builder(12)
            .add("executionArn", JsonString.of("arn:aws:states:us-east-1:123456789012:express:ceiling:run:0"))
            .add("stateMachineArn", JsonString.of(MACHINE_ARN))
            .add("name", JsonString.of("0"))
            .add("startDate", JsonParser.parse(String.format(Locale.ROOT, "%.3f", now / 1000.0)))
            .add("stopDate", JsonParser.parse(String.format(Locale.ROOT, "%.3f", now / 1000.0)))
            .add("status", JsonString.of("SUCCEEDED"))
            .add("input", JsonString.of(input))
            .add("inputDetails", included)
            .add("output", JsonString.of(output))
            .add("outputDetails", included)
            .add("billingDetails", JsonParser.parse("{\"billedMemoryUsedInMB\":64,\"billedDurationInMilliseconds\":100}"))
            .build());
    }

    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    @Override
    public void close() throws InterruptedException {
        channel.close().await();
        loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).await();
    }

    /**
     * {@code HttpCeiling [--port P] [--input FILE] [--output FILE]}: serves until killed, the reply
     * carrying the input and output JSON of those files (a workload's {@code .input.json} and
     * {@code .expected.json}); prints {@code listening on http://127.0.0.1:P} once bound.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int port = 8084;
        String input = "{}";
        String output = "{}";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port": port = Integer.parseInt(args[i + 1]); break;
                case "--input": input = compactFile(args[i + 1]); break;
                case "--output": output = compactFile(args[i + 1]); break;
                default: throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        HttpCeiling ceiling = start(port, startSyncReply(input, output));
        System.out.println("listening on http://127.0.0.1:" + ceiling.port());
        ceiling.channel.closeFuture().await();
    }

    private static String compactFile(String file) throws IOException {
        return JsonSerializer.toCompactString(JsonParser.parse(Files.readString(Path.of(file), StandardCharsets.UTF_8)));
    }

    /** Answers every request with the same bytes; the buffer is shared read-only, one duplicate per response. */
    @ChannelHandler.Sharable
    private static final class FixedReply extends SimpleChannelInboundHandler<FullHttpRequest> {

        private final ByteBuf body;

        FixedReply(byte[] body) {
            this.body = Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(body).asReadOnly());
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, body.duplicate());
            response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, "application/x-amz-json-1.0")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes())
                .set("x-amzn-RequestId", RandomUuids.unique());
            if (HttpUtil.isKeepAlive(request)) {
                response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
                ctx.writeAndFlush(response, ctx.voidPromise());
            } else {
                ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
            }
        }
    }
}
