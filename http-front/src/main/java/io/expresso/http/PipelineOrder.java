package io.expresso.http;

import io.netty.channel.ChannelConfig;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpResponse;

/**
 * One connection's replies, sent in the order of its requests (HTTP/1.1 pipelining), and the
 * connection's reading, paused while the client has too many requests unanswered or does not take
 * what is written to it.
 *
 * <p>Requests {@linkplain #admit() are admitted} in the order they are read and each gets a sequence
 * number; a reply whose turn has come is written at once, and a reply that overtook an earlier one
 * waits in a ring, allocated only the first time that happens, until the earlier ones are written.
 * Reading stops when {@code maxPipelined} requests are unanswered or when the channel is not
 * writable (its outbound bytes passed the high water mark), and resumes when both have cleared, so
 * neither the requests held nor the bytes buffered for a client that sends and does not read grow
 * without bound. Requests already decoded when reading stops wait in the flow control handler ahead
 * of this one. Confined to the connection's event loop; replies completed elsewhere hop onto it.
 */
final class PipelineOrder extends ChannelInboundHandlerAdapter {

    private final int maxPipelined;
    private ChannelHandlerContext ctx;
    private long admitted;
    private long written;
    private FullHttpResponse[] waiting;
    private boolean[] waitingKeepAlive;
    private boolean closing;

    /** @param maxPipelined requests of one connection that may be unanswered at once; at least 1 */
    PipelineOrder(int maxPipelined) {
        this.maxPipelined = maxPipelined;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Counts a request in; called on the loop as each request is read.
     *
     * @return the sequence number its reply must be given to {@link #reply}
     */
    long admit() {
        long sequence = admitted++;
        if (admitted - written >= maxPipelined) {
            ctx.channel().config().setAutoRead(false);
        }
        return sequence;
    }

    /**
     * Sends the reply to request {@code sequence} once every earlier request is answered, from any thread.
     *
     * @param keepAlive whether the connection goes on after this reply; if not, it closes once the reply is written
     */
    void reply(long sequence, FullHttpResponse response, boolean keepAlive) {
        if (!ctx.executor().inEventLoop()) {
            ctx.executor().execute(() -> reply(sequence, response, keepAlive));
            return;
        }
        if (closing) {
            response.release();
            return;
        }
        if (sequence != written) {
            hold(sequence, response, keepAlive);
            return;
        }
        send(response, keepAlive);
        if (waiting != null) {
            int slot;
            while (!closing && waiting[slot = slot(written)] != null) {
                FullHttpResponse next = waiting[slot];
                waiting[slot] = null;
                send(next, waitingKeepAlive[slot]);
            }
        }
        ctx.flush();
        resumeReadingIfClear();
    }

    private void send(FullHttpResponse response, boolean keepAlive) {
        written++;
        if (keepAlive) {
            ctx.write(response, ctx.voidPromise());
        } else {
            closing = true;
            ctx.write(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    private void hold(long sequence, FullHttpResponse response, boolean keepAlive) {
        if (waiting == null) {
            int length = Integer.highestOneBit(Math.max(1, maxPipelined - 1)) << 1;
            waiting = new FullHttpResponse[length];
            waitingKeepAlive = new boolean[length];
        } else if (admitted - written > waiting.length) {
            // Reading stops at the cap, but a request already decoded may still be let through.
            grow();
        }
        int slot = slot(sequence);
        waiting[slot] = response;
        waitingKeepAlive[slot] = keepAlive;
    }

    private void grow() {
        FullHttpResponse[] replies = new FullHttpResponse[waiting.length << 1];
        boolean[] keepAlive = new boolean[replies.length];
        for (long sequence = written; sequence < admitted; sequence++) {
            int from = slot(sequence);
            int to = (int) sequence & (replies.length - 1);
            replies[to] = waiting[from];
            keepAlive[to] = waitingKeepAlive[from];
        }
        waiting = replies;
        waitingKeepAlive = keepAlive;
    }

    private int slot(long sequence) {
        return (int) sequence & (waiting.length - 1);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable()) {
            resumeReadingIfClear();
        } else {
            ctx.channel().config().setAutoRead(false);
        }
        ctx.fireChannelWritabilityChanged();
    }

    private void resumeReadingIfClear() {
        ChannelConfig config = ctx.channel().config();
        if (!closing && !config.isAutoRead() && admitted - written < maxPipelined && ctx.channel().isWritable()) {
            config.setAutoRead(true);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        closing = true;
        if (waiting != null) {
            for (int i = 0; i < waiting.length; i++) {
                if (waiting[i] != null) {
                    waiting[i].release();
                    waiting[i] = null;
                }
            }
        }
        ctx.fireChannelInactive();
    }
}
