package io.expresso.bench.runtime;

import io.expresso.codec.json.Json;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.ExecutionStatus;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.RuntimeConfig;
import io.netty.channel.EventLoop;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * An Expresso runtime on one event loop that the benchmark owns (as an HTTP server owns its loops),
 * so that work can also be run on the loop's own thread, where executions start without a hop.
 */
public final class SingleLoopRuntime implements AutoCloseable {

    private final MultiThreadIoEventLoopGroup loops;
    private final Expresso expresso;

    public SingleLoopRuntime(RuntimeConfig config) {
        this.loops = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        this.expresso = Expresso.start(config.eventLoops(1), loops);
    }

    public Expresso expresso() {
        return expresso;
    }

    public EventLoop loop() {
        return (EventLoop) loops.next();
    }

    /** Waits until the loop has run everything enqueued before this call. */
    void drain() throws InterruptedException {
        loop().submit(() -> { }).sync();
    }

    /**
     * Ends the runtime without waiting: executions still running are aborted. Closing again does nothing.
     *
     * @return whether nothing was left to abort
     */
    boolean abortAndClose() throws InterruptedException {
        if (loops.isShuttingDown()) {
            return true;
        }
        boolean drained = expresso.shutdown(Duration.ZERO);
        loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        return drained;
    }

    @Override
    public void close() throws InterruptedException {
        abortAndClose();
    }

    /** @return the output of a successful execution; any other end is a broken benchmark, not a figure */
    static Json outputOf(ExecutionResult result) {
        if (result.status() != ExecutionStatus.SUCCEEDED) {
            throw new IllegalStateException("The execution did not succeed: " + result);
        }
        return result.output();
    }
}
