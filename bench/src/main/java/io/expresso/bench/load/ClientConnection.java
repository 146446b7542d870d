package io.expresso.bench.load;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpResponse;

/**
 * One keep-alive connection of a {@link LoadRun}: at most one request in flight (HTTP/1.1 without
 * pipelining, as AWS clients send), whose due time it keeps until the response arrives. Runs on the
 * run's event loop only.
 */
final class ClientConnection extends SimpleChannelInboundHandler<FullHttpResponse> {

    private static final long IDLE = Long.MIN_VALUE;

    private final LoadRun run;
    private Channel channel;
    private long due = IDLE;

    ClientConnection(LoadRun run) {
        this.run = run;
    }

    void send(ByteBuf request, long dueNanos) {
        due = dueNanos;
        // A failed write closes the channel, and channelInactive counts the request.
        channel.writeAndFlush(request, channel.voidPromise());
    }

    boolean inFlight() {
        return due != IDLE;
    }

    /** @return when the request in flight was due, meaningful only while {@link #inFlight()} */
    long due() {
        return due;
    }

    void close() {
        channel.close();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        run.connected(this);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
        long answered = due;
        due = IDLE;
        run.answered(this, answered, response.status().code(), ByteBufUtil.getBytes(response.content()));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        long lost = due;
        due = IDLE;
        run.lost(this, lost == IDLE ? null : lost);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // Reset by the peer, a malformed response: the connection is done; channelInactive accounts for it.
        ctx.close();
    }
}
