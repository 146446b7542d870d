package io.expresso.runtime.net;

import java.time.Duration;
import javax.net.ssl.TrustManagerFactory;

/** How an {@link HttpClient} connects, waits and pools; each setter checks its value. */
public final class HttpClientConfig {

    private Duration connectTimeout = Duration.ofSeconds(10);
    /** An Express execution cannot outlast 5 minutes, so neither need its requests. */
    private Duration responseTimeout = Duration.ofMinutes(5);
    /** Servers commonly drop idle keep-alive connections after 5 seconds (Node's default); leave first. */
    private Duration idleTimeout = Duration.ofSeconds(4);
    private int maxResponseBytes = 16 << 20;
    private int maxConnectionsPerOrigin = 64;
    private int maxQueuedPerOrigin = 16_384;
    private TrustManagerFactory trustManager;

    /** How long making a TCP connection may take; default 10 seconds. */
    public HttpClientConfig connectTimeout(Duration timeout) {
        this.connectTimeout = positive(timeout, "connectTimeout");
        return this;
    }

    /** How long a sent request may wait for the end of its response; default 5 minutes. */
    public HttpClientConfig responseTimeout(Duration timeout) {
        this.responseTimeout = positive(timeout, "responseTimeout");
        return this;
    }

    /** How long a pooled connection may stay unused before the client closes it; default 4 seconds. */
    public HttpClientConfig idleTimeout(Duration timeout) {
        this.idleTimeout = positive(timeout, "idleTimeout");
        return this;
    }

    /** The largest response body accepted; a larger one fails the request; default 16 MiB. */
    public HttpClientConfig maxResponseBytes(int bytes) {
        require(bytes >= 1, "maxResponseBytes must be at least 1, was " + bytes);
        this.maxResponseBytes = bytes;
        return this;
    }

    /** Connections open to one origin from one event loop; default 64. */
    public HttpClientConfig maxConnectionsPerOrigin(int count) {
        require(count >= 1, "maxConnectionsPerOrigin must be at least 1, was " + count);
        this.maxConnectionsPerOrigin = count;
        return this;
    }

    /** Requests that may wait for a connection to one origin on one loop; default 16384. */
    public HttpClientConfig maxQueuedPerOrigin(int count) {
        require(count >= 0, "maxQueuedPerOrigin must not be negative, was " + count);
        this.maxQueuedPerOrigin = count;
        return this;
    }

    /**
     * The certificates https servers are checked against; {@code null} (the default) for the JDK's
     * system trust store. Host names are always verified.
     */
    public HttpClientConfig trustManager(TrustManagerFactory trust) {
        this.trustManager = trust;
        return this;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration responseTimeout() {
        return responseTimeout;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    public int maxResponseBytes() {
        return maxResponseBytes;
    }

    public int maxConnectionsPerOrigin() {
        return maxConnectionsPerOrigin;
    }

    public int maxQueuedPerOrigin() {
        return maxQueuedPerOrigin;
    }

    /** @return the trust manager, or {@code null} for the system trust store */
    public TrustManagerFactory trustManager() {
        return trustManager;
    }

    private static Duration positive(Duration value, String name) {
        require(value != null && !value.isNegative() && !value.isZero() && value.toMillis() <= Integer.MAX_VALUE,
                name + " must be a positive number of milliseconds, was " + value);
        return value;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
