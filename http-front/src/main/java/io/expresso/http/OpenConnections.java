package io.expresso.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The server's accepted connections, on the listening channel: refuses a connection beyond the
 * maximum by closing it at once, before it is registered with a loop or has read a byte, and at
 * shutdown lets each connection's written replies leave before closing it.
 */
@ChannelHandler.Sharable
final class OpenConnections extends ChannelInboundHandlerAdapter {

    private final int max;
    private final ChannelGroup open = new DefaultChannelGroup("expresso-connections", GlobalEventExecutor.INSTANCE);

    /** @param max connections open at once; 0 for no limit */
    OpenConnections(int max) {
        this.max = max;
    }

    /** Sees each accepted connection; only the acceptor thread calls it, so counting then adding cannot overshoot. */
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        Channel connection = (Channel) msg;
        if (max > 0 && open.size() >= max) {
            connection.unsafe().closeForcibly();
            return;
        }
        open.add(connection);
        ctx.fireChannelRead(connection);
    }

    /**
     * Flushes and closes every connection: each gets an empty write after whatever its loop has
     * queued, so the close waits for the replies written before it, up to {@code timeoutNanos}.
     */
    void flushAndClose(long timeoutNanos) throws InterruptedException {
        for (Channel connection : open) {
            connection.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        }
        if (!open.newCloseFuture().await(timeoutNanos, TimeUnit.NANOSECONDS)) {
            open.close();
        }
    }
}
