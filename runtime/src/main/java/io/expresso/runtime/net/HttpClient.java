package io.expresso.runtime.net;

import io.netty.channel.EventLoop;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.dns.DnsAddressResolverGroup;
import io.netty.resolver.dns.DnsNameResolverBuilder;
import io.netty.util.concurrent.Future;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;

/**
 * A non-blocking HTTP/1.1 client whose keep-alive connections are pooled per event loop and per
 * origin. A request sent from a loop is connected, written, answered and delivered on that loop:
 * an execution's task on its own loop pays no thread hand-off and takes no lock. Host names are
 * resolved without blocking (Netty's DNS resolver, which reads the hosts file first).
 *
 * <p>The client needs NIO event loops (what {@link io.expresso.runtime.Expresso} and the HTTP
 * front create). {@link #close()} fails what is waiting and closes every connection.
 */
public final class HttpClient implements AutoCloseable {

    private final int connectTimeoutMillis;
    private final long responseTimeoutMillis;
    private final long idleTimeoutMillis;
    private final int maxResponseBytes;
    private final int maxConnectionsPerOrigin;
    private final int maxQueuedPerOrigin;
    private final HttpClientConfig config;
    private final AddressResolverGroup<InetSocketAddress> resolver;
    /** Read once per request without locking; an entry is added the first time a loop sends. */
    private final Map<EventLoop, Map<Origin, OriginPool>> pools = new ConcurrentHashMap<>();
    /** Made on the first https connection: loading the trust store is not free, and most runtimes never need it. */
    private volatile SslContext sslContext;
    private volatile String sslProblem;
    private volatile boolean closed;

    public HttpClient(HttpClientConfig config) {
        this.config = config;
        this.connectTimeoutMillis = (int) config.connectTimeout().toMillis();
        this.responseTimeoutMillis = config.responseTimeout().toMillis();
        this.idleTimeoutMillis = config.idleTimeout().toMillis();
        this.maxResponseBytes = config.maxResponseBytes();
        this.maxConnectionsPerOrigin = config.maxConnectionsPerOrigin();
        this.maxQueuedPerOrigin = config.maxQueuedPerOrigin();
        this.resolver = new DnsAddressResolverGroup(new DnsNameResolverBuilder()
                .datagramChannelType(NioDatagramChannel.class));
    }

    /**
     * Sends {@code request} on a connection of {@code loop}'s pool for its origin.
     *
     * @param loop the loop that owns the caller's work (for a task, {@code TaskInvocation.executor()});
     *     from another thread, the request is enqueued onto it
     * @param handler hears the outcome on {@code loop}; if that loop has stopped, on the calling thread
     * @return a handle to cancel the request
     */
    public HttpCall send(EventLoop loop, HttpRequest request, HttpResponseHandler handler) {
        Exchange exchange = new Exchange(request, handler, loop);
        if (loop.inEventLoop()) {
            start(exchange);
        } else {
            try {
                loop.execute(() -> start(exchange));
            } catch (RejectedExecutionException e) {
                exchange.fail(shutdownFailure());
            }
        }
        return exchange;
    }

    private void start(Exchange exchange) {
        if (closed) {
            exchange.fail(shutdownFailure());
            return;
        }
        Map<Origin, OriginPool> loopPools = pools.get(exchange.loop);
        if (loopPools == null) {
            // Only this loop ever adds to or reads its own map, so a plain HashMap serves it.
            loopPools = new HashMap<>();
            pools.put(exchange.loop, loopPools);
        }
        Origin origin = exchange.request.origin();
        OriginPool pool = loopPools.get(origin);
        if (pool == null) {
            pool = new OriginPool(this, exchange.loop, origin);
            loopPools.put(origin, pool);
        }
        pool.acquire(exchange);
    }

    /**
     * Fails waiting requests and closes every connection, each on its own loop, waiting up to five
     * seconds for the loops to do it; later requests fail at once with {@link HttpFailure.Kind#SHUTDOWN}.
     * Call it before the loops stop (a stopped loop has closed its channels already).
     */
    @Override
    public void close() {
        closed = true;
        List<Future<?>> closing = new ArrayList<>();
        for (Map.Entry<EventLoop, Map<Origin, OriginPool>> entry : pools.entrySet()) {
            Runnable closeAll = () -> entry.getValue().values().forEach(OriginPool::close);
            if (entry.getKey().inEventLoop()) {
                closeAll.run();
            } else {
                try {
                    closing.add(entry.getKey().submit(closeAll));
                } catch (RejectedExecutionException e) {
                    // That loop has stopped, and its channels were closed with it.
                }
            }
        }
        for (Future<?> future : closing) {
            future.awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
        resolver.close();
    }

    static HttpFailure shutdownFailure() {
        return new HttpFailure(HttpFailure.Kind.SHUTDOWN, "The HTTP client is closed.");
    }

    AddressResolverGroup<InetSocketAddress> resolver() {
        return resolver;
    }

    /** @return the TLS context, made on first use; {@code null} when it cannot be made ({@link #sslProblem()}) */
    SslContext sslContext() {
        SslContext context = sslContext;
        if (context == null && sslProblem == null) {
            synchronized (this) {
                // Once per client, on the first https origin: never on the path of an ordinary request.
                if (sslContext == null && sslProblem == null) {
                    try {
                        sslContext = SslContextBuilder.forClient()
                                .sslProvider(SslProvider.JDK)
                                .trustManager(config.trustManager())
                                .endpointIdentificationAlgorithm("HTTPS")
                                .build();
                    } catch (SSLException e) {
                        sslProblem = HttpFailure.describe(e);
                    }
                }
                context = sslContext;
            }
        }
        return context;
    }

    String sslProblem() {
        return sslProblem;
    }

    int connectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    long responseTimeoutMillis() {
        return responseTimeoutMillis;
    }

    long idleTimeoutMillis() {
        return idleTimeoutMillis;
    }

    int maxResponseBytes() {
        return maxResponseBytes;
    }

    int maxConnectionsPerOrigin() {
        return maxConnectionsPerOrigin;
    }

    int maxQueuedPerOrigin() {
        return maxQueuedPerOrigin;
    }
}
