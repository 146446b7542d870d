package io.expresso.http;

import io.expresso.runtime.RuntimeConfig;
import java.nio.file.Path;

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

    void check() {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in [0, 65535], was " + port);
        }
        if (executionWindow < 1) {
            throw new IllegalArgumentException("executionWindow must be at least 1, was " + executionWindow);
        }
        runtime.conclude();
    }
}
