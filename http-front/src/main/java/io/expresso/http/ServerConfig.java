package io.expresso.http;

import io.expresso.runtime.RuntimeConfig;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run an {@link ExpressoServer}. Set what you need, then pass it to
 * {@link ExpressoServer#start(ServerConfig)}.
 */
public final class ServerConfig {

    private String host = "127.0.0.1";
    private int port = 8083;
    private Path definitions;
    private boolean strict;
    private int executionWindow = 10_000;
    private RuntimeConfig runtime = new RuntimeConfig().allowUnboundResources(true);
    private Duration headerTimeout = Duration.ofSeconds(10);
    private Duration bodyTimeout = Duration.ofSeconds(30);
    private Duration idleTimeout = Duration.ofSeconds(75);
    private int maxHeaderBytes = 16_384;
    private int maxPipelined = 16;
    private int maxConnections;
    private Duration drain = Duration.ofSeconds(5);

    /** The address to bind; default {@code 127.0.0.1}. */
    public ServerConfig host(String host) {
        this.host = host;
        return this;
    }

    /** The port to bind; default 8083 (Step Functions Local's), 0 for an ephemeral one. */
    public ServerConfig port(int port) {
        this.port = port;
        return this;
    }

    /** A folder of {@code *.asl.json} files deployed at start as EXPRESS machines; default none. */
    public ServerConfig definitions(Path folder) {
        this.definitions = folder;
        return this;
    }

    /** Whether CreateStateMachine refuses type STANDARD (and an absent type) as AWS would for Express-only; default off. */
    public ServerConfig strict(boolean strict) {
        this.strict = strict;
        return this;
    }

    /** How many recent runs of STANDARD-typed machines DescribeExecution and ListExecutions remember; default 10,000. */
    public ServerConfig executionWindow(int runs) {
        this.executionWindow = runs;
        return this;
    }

    /**
     * The runtime's configuration (event loops, task handlers, time scale, account). The server's
     * event loops are the runtime's. Default: unbound Task resources deploy and fail when run. The
     * server sets the configuration's {@link RuntimeConfig#stateMachineDirectory} to its own
     * registry, so that Tasks starting executions find the machines, versions and aliases it holds.
     */
    public ServerConfig runtime(RuntimeConfig runtime) {
        this.runtime = runtime;
        return this;
    }

    /**
     * How long a request head may take to arrive complete, from the connection's start or the
     * request's first byte; default 10 s, {@link Duration#ZERO} for no limit.
     */
    public ServerConfig headerTimeout(Duration timeout) {
        this.headerTimeout = timeout;
        return this;
    }

    /** How long a request body may take to arrive complete, from its head; default 30 s, zero for no limit. */
    public ServerConfig bodyTimeout(Duration timeout) {
        this.bodyTimeout = timeout;
        return this;
    }

    /**
     * How long a kept-alive connection with every request answered may stay silent before it is
     * closed; default 75 s (longer than the AWS SDKs keep idle connections), zero for no limit.
     */
    public ServerConfig idleTimeout(Duration timeout) {
        this.idleTimeout = timeout;
        return this;
    }

    /** The largest request head (request line and headers) accepted; default 16 KiB. A larger one is answered 400 and closed. */
    public ServerConfig maxHeaderBytes(int bytes) {
        this.maxHeaderBytes = bytes;
        return this;
    }

    /** Requests of one connection that may be unanswered at once (pipelining); at the cap the server stops reading it; default 16. */
    public ServerConfig maxPipelined(int requests) {
        this.maxPipelined = requests;
        return this;
    }

    /** Connections open at once; a connection beyond it is closed as soon as it is accepted; default 0, no limit. */
    public ServerConfig maxConnections(int connections) {
        this.maxConnections = connections;
        return this;
    }

    /** How long a shutdown lets running executions end before it aborts them; default 5 s. */
    public ServerConfig drain(Duration drain) {
        this.drain = drain;
        return this;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Path definitions() {
        return definitions;
    }

    public boolean strict() {
        return strict;
    }

    public int executionWindow() {
        return executionWindow;
    }

    public RuntimeConfig runtime() {
        return runtime;
    }

    public Duration headerTimeout() {
        return headerTimeout;
    }

    public Duration bodyTimeout() {
        return bodyTimeout;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    public int maxHeaderBytes() {
        return maxHeaderBytes;
    }

    public int maxPipelined() {
        return maxPipelined;
    }

    public int maxConnections() {
        return maxConnections;
    }

    public Duration drain() {
        return drain;
    }

    void check() {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in [0, 65535], was " + port);
        }
        if (executionWindow < 1) {
            throw new IllegalArgumentException("executionWindow must be at least 1, was " + executionWindow);
        }
        requireNotNegative("headerTimeout", headerTimeout);
        requireNotNegative("bodyTimeout", bodyTimeout);
        requireNotNegative("idleTimeout", idleTimeout);
        requireNotNegative("drain", drain);
        if (maxHeaderBytes < 256) {
            throw new IllegalArgumentException("maxHeaderBytes must be at least 256, was " + maxHeaderBytes);
        }
        if (maxPipelined < 1) {
            throw new IllegalArgumentException("maxPipelined must be at least 1, was " + maxPipelined);
        }
        if (maxConnections < 0) {
            throw new IllegalArgumentException("maxConnections must be 0 (no limit) or more, was " + maxConnections);
        }
        runtime.conclude();
    }

    private static void requireNotNegative(String name, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be zero or more, was " + value);
        }
    }
}
