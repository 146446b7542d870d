package io.expresso.runtime.net;

import io.netty.channel.EventLoop;
import java.util.concurrent.RejectedExecutionException;

/**
 * One request from start to end: waiting in its origin's queue, riding a connection being made,
 * or sent on a connection and waiting for the answer. Every field is read and written on
 * {@link #loop} only; {@link #cancel()} from elsewhere is enqueued onto it.
 */
final class Exchange implements HttpCall {

    final HttpRequest request;
    final EventLoop loop;
    private final HttpResponseHandler handler;
    private boolean done;
    /** Whether it was sent again after its pooled connection broke; it is never sent a third time. */
    boolean retried;
    /** The pool whose queue holds it, or {@code null}. */
    OriginPool queuedIn;
    /** The connection it was written to, or {@code null}. */
    Connection sentOn;

    Exchange(HttpRequest request, HttpResponseHandler handler, EventLoop loop) {
        this.request = request;
        this.handler = handler;
        this.loop = loop;
    }

    @Override
    public void cancel() {
        if (loop.inEventLoop()) {
            cancelOnLoop();
            return;
        }
        try {
            loop.execute(this::cancelOnLoop);
        } catch (RejectedExecutionException e) {
            // The loop has stopped and closed its connections with it; nothing is left to free.
        }
    }

    private void cancelOnLoop() {
        if (done) {
            return;
        }
        done = true;
        if (queuedIn != null) {
            queuedIn.dequeue(this);
        } else if (sentOn != null) {
            sentOn.abandon(this);
        }
        // A request whose connection is still being made is simply marked: the connection joins
        // the pool when it is ready (Connection#connected).
    }

    /** @return whether the request ended or was cancelled */
    boolean done() {
        return done;
    }

    void succeed(HttpResponse response) {
        if (!done) {
            done = true;
            handler.onResponse(response);
        }
    }

    void fail(HttpFailure failure) {
        if (!done) {
            done = true;
            handler.onFailure(failure);
        }
    }
}
