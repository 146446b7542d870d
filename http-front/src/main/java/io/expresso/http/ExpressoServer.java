package io.expresso.http;

import io.expresso.http.api.OperationTable;
import io.expresso.http.ops.AliasOperations;
import io.expresso.http.ops.Backend;
import io.expresso.http.ops.DefinitionOperations;
import io.expresso.http.ops.ExecutionOperations;
import io.expresso.http.ops.RegistryDirectory;
import io.expresso.http.ops.StateMachineOperations;
import io.expresso.http.ops.TagOperations;
import io.expresso.http.ops.TestStateOperations;
import io.expresso.http.ops.VersionOperations;
import io.expresso.http.registry.ExecutionWindow;
import io.expresso.http.registry.MachineRegistry;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.RuntimeConfig;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Step Functions API server: Netty, HTTP/1.1 keep-alive, {@code POST /} dispatched by
 * {@code X-Amz-Target}, {@code GET /health}, and {@code GET /metrics} in Prometheus text. Executions run on the event loop that received
 * their request.
 *
 * <pre>{@code
 * try (ExpressoServer server = ExpressoServer.start(new ServerConfig().port(0))) {
 *     URI endpoint = URI.create(server.endpoint());
 * }
 * }</pre>
 *
 * From a shell: {@code ./expresso serve [--host H] [--port P] [--definitions DIR] [--time-scale X]
 * [--strict]} ({@link io.expresso.http.cli.ExpressoCommand}).
 */
public final class ExpressoServer implements AutoCloseable {

    private final EventLoopGroup acceptor;
    private final EventLoopGroup loops;
    private final Expresso expresso;
    private final Channel channel;
    private final List<DefinitionsFolder.Loaded> loaded;

    private ExpressoServer(EventLoopGroup acceptor, EventLoopGroup loops, Expresso expresso, Channel channel,
            List<DefinitionsFolder.Loaded> loaded) {
        this.acceptor = acceptor;
        this.loops = loops;
        this.expresso = expresso;
        this.channel = channel;
        this.loaded = loaded;
    }

    /**
     * Starts a server: deploys the definitions folder, if any, then binds.
     *
     * @throws InterruptedException if interrupted while binding
     */
    public static ExpressoServer start(ServerConfig config) throws InterruptedException {
        RuntimeConfig runtime = config.runtime();
        MachineRegistry registry = new MachineRegistry();
        ExecutionWindow executions = new ExecutionWindow(config.executionWindow());
        // Tasks that start executions find the server's machines, versions and aliases.
        runtime.stateMachineDirectory(new RegistryDirectory(registry, executions, runtime.region(), runtime.accountId()));
        // Checked (and the mock config file read) before any thread exists, so a refusal leaves nothing running.
        config.check();
        EventLoopGroup acceptor = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        EventLoopGroup loops = new MultiThreadIoEventLoopGroup(runtime.eventLoops(), NioIoHandler.newFactory());
        Expresso expresso = Expresso.start(runtime, loops);
        Backend backend = new Backend(expresso, registry, executions, config.strict());
        OperationTable operations = new OperationTable();
        StateMachineOperations machines = new StateMachineOperations(backend);
        machines.register(operations);
        new ExecutionOperations(backend).register(operations);
        new DefinitionOperations().register(operations);
        new TestStateOperations(backend).register(operations);
        new VersionOperations(backend).register(operations);
        new AliasOperations(backend).register(operations);
        new TagOperations(backend).register(operations);
        List<DefinitionsFolder.Loaded> loaded = config.definitions() == null ? List.of()
                : DefinitionsFolder.load(config.definitions(), operations.get("CreateStateMachine"),
                        "arn:aws:iam::" + runtime.accountId() + ":role/expresso");
        ApiRequestHandler handler = new ApiRequestHandler(operations, expresso);
        try {
            Channel channel = new ServerBootstrap()
                    .group(acceptor, loops)
                    .channel(NioServerSocketChannel.class)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new HttpServerCodec(), new RequestAggregator(), handler);
                        }
                    })
                    .bind(config.host(), config.port()).sync().channel();
            return new ExpressoServer(acceptor, loops, expresso, channel, loaded);
        } catch (RuntimeException | InterruptedException e) {
            acceptor.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            loops.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            throw e;
        }
    }

    /** @return the bound port (useful after binding port 0) */
    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /** @return {@code http://<host>:<port>}, the endpoint to give AWS clients */
    public String endpoint() {
        InetSocketAddress address = (InetSocketAddress) channel.localAddress();
        String host = address.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    /** @return the embedded runtime */
    public Expresso runtime() {
        return expresso;
    }

    /** Stops accepting, lets executions drain for up to {@code drain}, and stops the event loops. */
    public void shutdown(Duration drain) throws InterruptedException {
        channel.close().await();
        expresso.shutdown(drain);
        acceptor.shutdownGracefully(0, 1, TimeUnit.SECONDS).await();
        loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).await();
    }

    /** Shuts down with a 5-second drain. */
    @Override
    public void close() {
        try {
            shutdown(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Prints where the server listens and what the definitions folder deployed. */
    public void printStartup(PrintStream out) {
        out.println("Expresso listening on " + endpoint());
        if (expresso.config().mockConfig() != null) {
            out.println("  mocks    " + expresso.config().mockConfig().source() + " (start executions on MACHINE_ARN#TestCase)");
        }
        for (DefinitionsFolder.Loaded machine : loaded) {
            if (machine.problemOrNull() == null) {
                out.println("  deployed " + machine.name() + "  " + machine.arnOrNull());
            } else {
                out.println("  FAILED   " + machine.name() + ".asl.json: " + machine.problemOrNull());
            }
        }
        out.flush();
    }

    /** Blocks until the server is closed (by {@link #close()}, from another thread or a shutdown hook). */
    public void awaitClose() throws InterruptedException {
        channel.closeFuture().await();
    }
}
