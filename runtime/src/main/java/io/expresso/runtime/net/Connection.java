package io.expresso.runtime.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One keep-alive connection to an origin and the exchange it is serving, as the last handler of
 * the channel's pipeline. Responses are decoded by Netty's {@link HttpClientCodec} and collected
 * here into one body, within the client's size limit. Everything runs on the channel's loop.
 */
final class Connection extends ChannelInboundHandlerAdapter {

    private static final int UNKNOWN_LENGTH_START = 1024;

    private final OriginPool pool;
    private final HttpClient client;
    private Channel channel;
    /** The request that opened the connection, until it is connected. */
    private Exchange connectingFor;
    /** The exchange being sent or answered, or {@code null} while idle. */
    private Exchange current;
    /** Whether this connection has completed an exchange, so the server may have dropped it since. */
    private boolean served;
    /** Whether the current exchange runs on a connection that {@link #served} before. */
    private boolean reused;
    /** Whether any of the current response has arrived; a request answered in part is never sent again. */
    private boolean answered;
    /** Skipping an interim 1xx response until its end. */
    private boolean informational;
    private boolean requestClosesConnection;
    /** Whether the response lets the connection serve another request (HTTP/1.1 default, or 1.0 keep-alive). */
    private boolean keepAlive;
    private int status;
    private String reason;
    private HttpFields headers;
    private byte[] body;
    private int bodyLength;
    private ScheduledFuture<?> responseTimer;
    /** What the transport last reported, to name the failure when the connection closes. */
    private Throwable lastError;

    Connection(OriginPool pool, Exchange connectingFor) {
        this.pool = pool;
        this.client = pool.client();
        this.connectingFor = connectingFor;
    }

    /** @param ssl the client's TLS context for an https origin, else {@code null} */
    ChannelInitializer<Channel> initializer(SslContext ssl) {
        Connection connection = this;
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                if (ssl != null) {
                    ch.pipeline().addLast(ssl.newHandler(ch.alloc(), pool.origin.host(), pool.origin.port()));
                }
                ch.pipeline().addLast(new HttpClientCodec(),
                        new IdleStateHandler(0, 0, client.idleTimeoutMillis(), TimeUnit.MILLISECONDS),
                        connection);
            }
        };
    }

    /** Follows the connection attempt just started. */
    void open(ChannelFuture connecting) {
        channel = connecting.channel();
        channel.closeFuture().addListener(closed -> pool.closed(this));
        connecting.addListener(this::connected);
    }

    private void connected(Future<? super Void> attempt) {
        Exchange exchange = connectingFor;
        connectingFor = null;
        if (!attempt.isSuccess()) {
            channel.close();
            exchange.fail(pool.closed() ? HttpClient.shutdownFailure()
                    : HttpFailure.connecting(pool.origin, attempt.cause()));
            return;
        }
        if (exchange.done()) {
            pool.release(this); // cancelled while connecting: the connection serves the next one
        } else {
            dispatch(exchange);
        }
    }

    /** Writes the exchange's request; the response arrives through {@link #channelRead}. */
    void dispatch(Exchange exchange) {
        FullHttpRequest message;
        try {
            message = encode(exchange.request);
        } catch (IllegalArgumentException e) {
            pool.release(this);
            exchange.fail(new HttpFailure(HttpFailure.Kind.INVALID_REQUEST, e.getMessage()));
            return;
        }
        current = exchange;
        exchange.sentOn = this;
        reused = served;
        answered = false;
        informational = false;
        requestClosesConnection = HttpHeaderValues.CLOSE.contentEqualsIgnoreCase(
                message.headers().get(HttpHeaderNames.CONNECTION));
        body = null;
        bodyLength = 0;
        lastError = null;
        responseTimer = channel.eventLoop().schedule(() -> responseTimedOut(exchange),
                client.responseTimeoutMillis(), TimeUnit.MILLISECONDS);
        if (!channel.isActive()) {
            message.release();
            broken(); // it went away between being pooled and now: the exchange is retried or fails
            return;
        }
        channel.writeAndFlush(message).addListener(this::written);
    }

    private FullHttpRequest encode(HttpRequest request) {
        byte[] content = request.body();
        FullHttpRequest message = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1,
                HttpMethod.valueOf(request.method()), request.target(),
                content.length == 0 ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(content));
        HttpHeaders out = message.headers();
        HttpFields fields = request.headers();
        for (int i = 0; i < fields.size(); i++) {
            out.add(fields.name(i), fields.value(i));
        }
        if (!out.contains(HttpHeaderNames.HOST)) {
            out.set(HttpHeaderNames.HOST, pool.origin.hostHeader());
        }
        // The body is sent whole, so its length is known; a caller's framing headers cannot disagree with it.
        out.remove(HttpHeaderNames.TRANSFER_ENCODING);
        if (content.length > 0 || expectsBody(request.method())) {
            out.set(HttpHeaderNames.CONTENT_LENGTH, content.length);
        } else {
            out.remove(HttpHeaderNames.CONTENT_LENGTH);
        }
        return message;
    }

    private static boolean expectsBody(String method) {
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    }

    private void written(Future<? super Void> write) {
        if (!write.isSuccess()) {
            lastError = write.cause();
            channel.close();
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (current == null) {
                // Nothing was asked: a server that talks out of turn cannot be trusted with the next request.
                channel.close();
            } else if (((HttpObject) msg).decoderResult().isFailure()) {
                lastError = ((HttpObject) msg).decoderResult().cause();
                end(new HttpFailure(HttpFailure.Kind.MALFORMED_RESPONSE, "The response from " + pool.origin
                        + " is not valid HTTP: " + HttpFailure.describe(lastError)));
            } else {
                if (msg instanceof io.netty.handler.codec.http.HttpResponse) {
                    head((io.netty.handler.codec.http.HttpResponse) msg);
                }
                if (msg instanceof HttpContent && current != null) {
                    content((HttpContent) msg);
                }
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private void head(io.netty.handler.codec.http.HttpResponse response) {
        int code = response.status().code();
        if (code >= 100 && code < 200 && code != 101) {
            informational = true; // 100 Continue and the like: the real response follows
            return;
        }
        answered = true;
        status = code;
        reason = response.status().reasonPhrase();
        keepAlive = HttpUtil.isKeepAlive(response);
        HttpHeaders in = response.headers();
        headers = new HttpFields(in.size());
        for (Map.Entry<String, String> field : in) {
            headers.append(field.getKey(), field.getValue());
        }
        long announced = HttpUtil.getContentLength(response, -1L);
        if (announced > client.maxResponseBytes()) {
            tooLarge();
            return;
        }
        body = new byte[announced >= 0 ? (int) announced : UNKNOWN_LENGTH_START];
    }

    private void content(HttpContent content) {
        boolean last = content instanceof LastHttpContent;
        if (informational) {
            informational = !last;
            return;
        }
        ByteBuf data = content.content();
        int length = data.readableBytes();
        if (length > 0) {
            if ((long) bodyLength + length > client.maxResponseBytes()) {
                tooLarge();
                return;
            }
            if (bodyLength + length > body.length) {
                body = Arrays.copyOf(body, (int) Math.min(client.maxResponseBytes(),
                        Math.max((long) body.length * 2, (long) bodyLength + length)));
            }
            data.readBytes(body, bodyLength, length);
            bodyLength += length;
        }
        if (last) {
            complete();
        }
    }

    private void complete() {
        Exchange exchange = current;
        current = null;
        exchange.sentOn = null;
        responseTimer.cancel(false);
        served = true;
        byte[] whole = bodyLength == body.length ? body : Arrays.copyOf(body, bodyLength);
        HttpResponse response = new HttpResponse(status, reason, headers, whole);
        body = null;
        // Free the connection before the handler runs, so that a request the handler starts can use it.
        if (keepAlive && !requestClosesConnection && channel.isActive()) {
            pool.release(this);
        } else {
            channel.close();
        }
        exchange.succeed(response);
    }

    private void tooLarge() {
        end(new HttpFailure(HttpFailure.Kind.TOO_LARGE, "The response from " + pool.origin
                + " exceeds the maximum size of " + client.maxResponseBytes() + " bytes."));
    }

    private void responseTimedOut(Exchange exchange) {
        if (current == exchange) {
            end(new HttpFailure(HttpFailure.Kind.RESPONSE_TIMEOUT, "No complete response from " + pool.origin
                    + " within " + client.responseTimeoutMillis() + " ms."));
        }
    }

    /** Ends the current exchange with {@code failure}; the connection, mid-exchange, cannot be reused. */
    private void end(HttpFailure failure) {
        Exchange exchange = detach();
        channel.close();
        exchange.fail(failure);
    }

    /** The caller cancelled the exchange this connection is serving. */
    void abandon(Exchange exchange) {
        if (current == exchange) {
            detach();
            channel.close();
        }
    }

    private Exchange detach() {
        Exchange exchange = current;
        current = null;
        exchange.sentOn = null;
        responseTimer.cancel(false);
        body = null;
        return exchange;
    }

    void close() {
        channel.close();
    }

    /**
     * The connection is gone. Netty's decoder has passed on what it held by now, so a response
     * that ends with the connection is complete already; an exchange still open is retried or fails.
     */
    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        broken();
        ctx.fireChannelInactive();
    }

    private void broken() {
        if (current == null) {
            return;
        }
        Exchange exchange = detach();
        if (!answered && reused && exchange.request.idempotent() && !exchange.retried && !pool.closed()) {
            // The server dropped a pooled connection before answering; the request is safe to repeat.
            exchange.retried = true;
            pool.retry(exchange);
            return;
        }
        if (pool.closed()) {
            exchange.fail(HttpClient.shutdownFailure());
        } else if (lastError != null && HttpFailure.isTls(lastError)) {
            exchange.fail(new HttpFailure(HttpFailure.Kind.TLS, "TLS with " + pool.origin + " failed: "
                    + HttpFailure.describe(lastError)));
        } else {
            exchange.fail(new HttpFailure(HttpFailure.Kind.CLOSED, "The connection to " + pool.origin
                    + " closed before the response was complete"
                    + (lastError == null ? "." : ": " + HttpFailure.describe(lastError))));
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent) {
            if (current == null) {
                channel.close();
            }
        } else if (event instanceof SslHandshakeCompletionEvent && !((SslHandshakeCompletionEvent) event).isSuccess()) {
            lastError = ((SslHandshakeCompletionEvent) event).cause();
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        lastError = cause;
        channel.close();
    }
}
