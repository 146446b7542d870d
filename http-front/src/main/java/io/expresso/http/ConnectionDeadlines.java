package io.expresso.http;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection that holds the server without making progress: a request head that does not
 * arrive complete within the header timeout (counted from the connection's start or the request's
 * first byte), a body that does not within the body timeout (counted from its head), or a kept-alive
 * connection with nothing unanswered that stays silent for the idle timeout. While the server still
 * owes a reply, no deadline runs: the wait is the server's, not the client's.
 *
 * <p>It watches from two places: {@link #bytes()} sits before the HTTP codec and sees a request's
 * first byte, {@link #messages()} sits after it and sees heads, last contents and replies. A
 * deadline is a field; one timer per connection re-arms itself to the latest deadline when it fires,
 * so requests move deadlines without scheduling anything. Confined to the connection's event loop.
 */
final class ConnectionDeadlines implements Runnable {

    private static final long NONE = Long.MAX_VALUE;

    private enum Phase { AWAITING_REQUEST, HEAD, BODY }

    private final long headerNanos;
    private final long bodyNanos;
    private final long idleNanos;
    private final ChannelHandler bytes = new Bytes();
    private final ChannelHandler messages = new Messages();
    private ChannelHandlerContext ctx;
    private Phase phase = Phase.HEAD;
    private int unanswered;
    private long deadline = NONE;
    private boolean timerSet;

    /** Each timeout in nanoseconds; 0 turns it off. */
    ConnectionDeadlines(long headerNanos, long bodyNanos, long idleNanos) {
        this.headerNanos = headerNanos;
        this.bodyNanos = bodyNanos;
        this.idleNanos = idleNanos;
    }

    /** @return the part that goes before the HTTP codec */
    ChannelHandler bytes() {
        return bytes;
    }

    /** @return the part that goes right after the HTTP codec */
    ChannelHandler messages() {
        return messages;
    }

    private void expireIn(long nanos) {
        if (nanos == 0) {
            deadline = NONE;
            return;
        }
        deadline = System.nanoTime() + nanos;
        if (!timerSet) {
            timerSet = true;
            ctx.executor().schedule(this, nanos, TimeUnit.NANOSECONDS);
        }
    }

    /** The timer: closes the connection if its deadline passed, else waits for the deadline now set. */
    @Override
    public void run() {
        timerSet = false;
        if (deadline == NONE || !ctx.channel().isActive()) {
            return;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            ctx.channel().close();
        } else {
            timerSet = true;
            ctx.executor().schedule(this, left, TimeUnit.NANOSECONDS);
        }
    }

    private void requestEnded() {
        phase = Phase.AWAITING_REQUEST;
        expireIn(unanswered == 0 ? idleNanos : 0);
    }

    /** Before the codec: a read while awaiting a request is the first byte of its head. */
    private final class Bytes extends ChannelInboundHandlerAdapter {

        @Override
        public void handlerAdded(ChannelHandlerContext ctx) {
            ConnectionDeadlines.this.ctx = ctx;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            expireIn(headerNanos);
            ctx.fireChannelActive();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (phase == Phase.AWAITING_REQUEST) {
                phase = Phase.HEAD;
                expireIn(headerNanos);
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            deadline = NONE;
            ctx.fireChannelInactive();
        }
    }

    /** After the codec: heads and last contents in, replies out. */
    private final class Messages extends ChannelDuplexHandler {

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest) {
                unanswered++;
                phase = Phase.BODY;
                expireIn(bodyNanos);
            }
            if (msg instanceof LastHttpContent) {
                requestEnded();
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (msg instanceof HttpResponse response && response.status().codeClass() != HttpStatusClass.INFORMATIONAL) {
                unanswered--;
                if (unanswered == 0 && phase == Phase.AWAITING_REQUEST) {
                    expireIn(idleNanos);
                }
            }
            ctx.write(msg, promise);
        }
    }
}
