package io.expresso.runtime.net;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The keep-alive connections one event loop holds to one origin, and the requests waiting for
 * one of them. At most {@code maxConnectionsPerOrigin} are open (or being opened) at once;
 * further requests wait in order. Touched only by its loop.
 */
final class OriginPool {

    private final HttpClient client;
    final Origin origin;
    private final Bootstrap bootstrap;
    /** Connected and unused, most recently used first, so that rarely used ones reach the idle timeout. */
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private final ArrayDeque<Exchange> waiting = new ArrayDeque<>();
    /** Every connection open or being opened. */
    private final List<Connection> open = new ArrayList<>();
    private boolean closed;

    OriginPool(HttpClient client, EventLoop loop, Origin origin) {
        this.client = client;
        this.origin = origin;
        this.bootstrap = new Bootstrap()
                .group(loop)
                .channel(NioSocketChannel.class)
                .resolver(client.resolver())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, client.connectTimeoutMillis())
                .option(ChannelOption.TCP_NODELAY, true);
    }

    HttpClient client() {
        return client;
    }

    boolean closed() {
        return closed;
    }

    /** Sends on an idle connection, on a new one while under the limit, or queues the request. */
    void acquire(Exchange exchange) {
        if (closed) {
            exchange.fail(HttpClient.shutdownFailure());
            return;
        }
        Connection connection = idle.pollFirst();
        if (connection != null) {
            connection.dispatch(exchange);
        } else if (open.size() < client.maxConnectionsPerOrigin()) {
            connect(exchange);
        } else if (waiting.size() < client.maxQueuedPerOrigin()) {
            exchange.queuedIn = this;
            waiting.addLast(exchange);
        } else {
            exchange.fail(new HttpFailure(HttpFailure.Kind.QUEUE_FULL, "All " + open.size() + " connections to "
                    + origin + " are busy and " + waiting.size() + " requests wait for them."));
        }
    }

    /** Sends a request again, ahead of the queue, after its pooled connection broke before answering. */
    void retry(Exchange exchange) {
        Connection connection = idle.pollFirst();
        if (connection != null) {
            connection.dispatch(exchange);
        } else if (open.size() < client.maxConnectionsPerOrigin()) {
            connect(exchange);
        } else {
            exchange.queuedIn = this;
            waiting.addFirst(exchange);
        }
    }

    private void connect(Exchange exchange) {
        SslContext ssl = null;
        if (origin.secure()) {
            ssl = client.sslContext();
            if (ssl == null) {
                exchange.fail(new HttpFailure(HttpFailure.Kind.TLS, "TLS is unavailable: " + client.sslProblem()));
                return;
            }
        }
        Connection connection = new Connection(this, exchange);
        open.add(connection);
        connection.open(bootstrap.clone().handler(connection.initializer(ssl))
                .connect(InetSocketAddress.createUnresolved(origin.host(), origin.port())));
    }

    /** A connection is free and may be reused: it takes the next waiting request or goes idle. */
    void release(Connection connection) {
        if (closed) {
            connection.close();
            return;
        }
        Exchange next = waiting.pollFirst();
        if (next != null) {
            next.queuedIn = null;
            connection.dispatch(next);
        } else {
            idle.addFirst(connection);
        }
    }

    /** A cancelled request leaves the queue. */
    void dequeue(Exchange exchange) {
        waiting.remove(exchange);
        exchange.queuedIn = null;
    }

    /** A connection closed (for any reason): its place goes to the next waiting request. */
    void closed(Connection connection) {
        if (!open.remove(connection)) {
            return;
        }
        idle.remove(connection);
        if (!closed && !waiting.isEmpty() && open.size() < client.maxConnectionsPerOrigin()) {
            Exchange next = waiting.pollFirst();
            next.queuedIn = null;
            connect(next);
        }
    }

    /** Fails the waiting requests and closes every connection; their requests fail as the client shut down. */
    void close() {
        closed = true;
        Exchange next;
        while ((next = waiting.pollFirst()) != null) {
            next.queuedIn = null;
            next.fail(HttpClient.shutdownFailure());
        }
        for (Connection connection : new ArrayList<>(open)) {
            connection.close();
        }
    }
}
