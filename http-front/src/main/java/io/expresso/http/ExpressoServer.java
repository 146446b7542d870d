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
import io.expresso.runtime.Arns;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.RuntimeConfig;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.flow.FlowControlHandler;
import java.io.IOException;
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

    /** Outbound bytes of one connection above which it stops being writable, and so read. */
    private static final int HIGH_WATER_MARK = 256 * 1024;
    private static final int LOW_WATER_MARK = 64 * 1024;
    /**
     * Requests the codec may decode ahead of their replies: those of one read, at most a 64 KiB
     * buffer of the shortest requests, held while reading is paused. Beyond it the codec gives up
     * on the connection.
     */
    private static final int MAX_DECODED_AHEAD = 4096;
    private static final long FLUSH_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private static final long LOOPS_STOP_MILLIS = 250;

    private final EventLoopGroup acceptor;
    private final EventLoopGroup loops;
    private final Expresso expresso;
    private final Channel channel;
    private final OpenConnections connections;
    private final List<DefinitionsFolder.Loaded> loaded;
    private final Duration drain;

    private ExpressoServer(EventLoopGroup acceptor, EventLoopGroup loops, Expresso expresso, Channel channel,
            OpenConnections connections, List<DefinitionsFolder.Loaded> loaded, Duration drain) {
        this.acceptor = acceptor;
        this.loops = loops;
        this.expresso = expresso;
        this.channel = channel;
        this.connections = connections;
        this.loaded = loaded;
        this.drain = drain;
    }

    /**
     * Starts a server: deploys the definitions folder, if any, then binds.
     *
     * @throws InterruptedException if interrupted while binding
     * @throws BindFailedException if the address cannot be listened on
     * @throws IllegalArgumentException if the configuration is refused
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
        Expresso expresso = null;
        try {
            expresso = Expresso.start(runtime, loops);
            return listen(config, acceptor, loops, expresso, new Backend(expresso, registry, executions, config.strict()));
        } catch (Throwable failure) {
            // Nothing may stay running: the event loops' threads would keep the process alive without a listener.
            if (expresso != null) {
                expresso.shutdown(Duration.ZERO);
            }
            acceptor.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            loops.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            if (failure instanceof IOException unbound) {
                // Netty rethrows the bind's checked exception without declaring it.
                throw new BindFailedException(config.host(), config.port(), unbound);
            }
            throw failure;
        }
    }

    /** Registers the operations, deploys the definitions folder, then binds. */
    private static ExpressoServer listen(ServerConfig config, EventLoopGroup acceptor, EventLoopGroup loops, Expresso expresso,
            Backend backend) throws InterruptedException {
        OperationTable operations = new OperationTable();
        new StateMachineOperations(backend).register(operations);
        new ExecutionOperations(backend).register(operations);
        new DefinitionOperations().register(operations);
        new TestStateOperations(backend).register(operations);
        new VersionOperations(backend).register(operations);
        new AliasOperations(backend).register(operations);
        new TagOperations(backend).register(operations);
        List<DefinitionsFolder.Loaded> loaded = config.definitions() == null ? List.of()
                : DefinitionsFolder.load(config.definitions(), operations.get("CreateStateMachine"),
                        Arns.role(config.runtime().accountId(), "expresso"));
        OpenConnections connections = new OpenConnections(config.maxConnections());
        Channel channel = new ServerBootstrap()
                .group(acceptor, loops)
                .channel(NioServerSocketChannel.class)
                .handler(connections)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(LOW_WATER_MARK, HIGH_WATER_MARK))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        connection(ch.pipeline(), config, operations, expresso);
                    }
                })
                .bind(config.host(), config.port()).sync().channel();
        return new ExpressoServer(acceptor, loops, expresso, channel, connections, loaded, config.drain());
    }

    /**
     * One connection's handlers. Reading is watched for deadlines before and after the codec; the
     * flow control handler holds requests already decoded while {@link PipelineOrder} has reading
     * paused, so that the cap on unanswered requests holds even for requests that came in one read.
     */
    static void connection(ChannelPipeline pipeline, ServerConfig config, OperationTable operations, Expresso expresso) {
        ConnectionDeadlines deadlines = new ConnectionDeadlines(config.headerTimeout().toNanos(), config.bodyTimeout().toNanos(),
                config.idleTimeout().toNanos());
        PipelineOrder order = new PipelineOrder(config.maxPipelined());
        HttpDecoderConfig decoding = new HttpDecoderConfig().setMaxHeaderSize(config.maxHeaderBytes());
        pipeline.addLast(deadlines.bytes(), new HttpServerCodec(decoding, MAX_DECODED_AHEAD), deadlines.messages(),
                new RequestAggregator(), new FlowControlHandler(), order, new ApiRequestHandler(operations, expresso, order));
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

    /**
     * Stops accepting (the listening socket closes first), lets running executions end for up to
     * {@code drain}, aborts the rest (a synchronous caller is answered with the aborted result),
     * lets the replies written so far leave, and stops the event loops. Returns within about
     * {@code drain} plus two seconds.
     *
     * @return whether every execution ended on its own
     */
    public boolean shutdown(Duration drain) throws InterruptedException {
        channel.close().await();
        boolean drained = expresso.shutdown(drain);
        connections.flushAndClose(FLUSH_NANOS);
        acceptor.shutdownGracefully(0, 0, TimeUnit.SECONDS).await(LOOPS_STOP_MILLIS);
        loops.shutdownGracefully(0, 0, TimeUnit.SECONDS).await(LOOPS_STOP_MILLIS);
        return drained;
    }

    /** Shuts down with the configured drain ({@link ServerConfig#drain}). */
    @Override
    public void close() {
        try {
            shutdown(drain);
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
