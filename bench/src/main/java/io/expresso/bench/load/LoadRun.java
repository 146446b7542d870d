package io.expresso.bench.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseDecoder;
import java.io.PrintStream;
import java.nio.channels.spi.SelectorProvider;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.HdrHistogram.Histogram;

/**
 * One load run: connections to the endpoint, requests sent closed-loop (each connection sends its
 * next request when its answer arrives) or open-loop (requests due on a fixed schedule, queued
 * while no connection is free), and the figures of the measured window.
 *
 * <p>Everything runs on one event loop, which owns every field below: no locks, and the generator
 * stays on one core so that a benchmark can give the server the other. Open-loop latency runs from
 * the time a request was due, not from when it could be sent, so a server that stalls is charged
 * for every request that waited behind the stall (coordinated omission corrected).
 */
public final class LoadRun {

    private static final int MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
    private static final long RECONNECT_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** Extra time the caller grants for connecting and closing beyond the run's own deadline. */
    private static final long SLACK_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final LoadOptions options;
    private final PrintStream progressOut;
    private final ResponseOutcome outcome;
    private final EventLoop loop;
    private final Bootstrap bootstrap;
    private final String path;
    private final String host;
    private final List<ClientConnection> open = new ArrayList<>();
    private final ArrayDeque<ClientConnection> idle = new ArrayDeque<>();
    /** Open-loop: due times of requests waiting for a free connection, oldest first. */
    private final ArrayDeque<Long> backlog = new ArrayDeque<>();
    private final Histogram latencyNanos = new Histogram(3);
    /**
     * Each request body with its request line and headers, encoded once: the generator shares one
     * core with nothing but itself, and encoding headers per request would cost it more than some
     * servers spend answering.
     */
    private final ByteBuf[] encodedRequests;
    private final Map<String, Long> errors = new HashMap<>();
    private final CompletableFuture<LoadResult> result = new CompletableFuture<>();

    private long start;
    private long measureFrom;
    private long sendUntil;
    private long scheduled;
    private int nextBody;
    private long requests;
    private long completed;
    private long succeeded;
    private long answeredAll;
    private long answeredAtLastProgress;
    private boolean sending = true;
    private ScheduledFuture<?> progress;

    private LoadRun(LoadOptions options, PrintStream progressOut, EventLoop loop) {
        this.options = options;
        this.progressOut = progressOut;
        this.outcome = new ResponseOutcome(options.target());
        this.loop = loop;
        this.path = options.endpoint().getRawPath() == null || options.endpoint().getRawPath().isEmpty()
            ? "/" : options.endpoint().getRawPath();
        int port = options.endpoint().getPort() < 0 ? 80 : options.endpoint().getPort();
        this.host = options.endpoint().getHost() + ":" + port;
        this.encodedRequests = options.bodies().stream().map(this::encode).toArray(ByteBuf[]::new);
        this.bootstrap = new Bootstrap()
            .group(loop)
            .channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .remoteAddress(options.endpoint().getHost(), port)
            .handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel channel) {
                    channel.pipeline().addLast(new HttpResponseDecoder(), new HttpObjectAggregator(MAX_RESPONSE_BYTES),
                        new ClientConnection(LoadRun.this));
                }
            });
    }

    /**
     * Runs the load to its end: warm-up, the measured window, then at most the drain timeout for the
     * answers still due. Never takes longer than those three plus a few seconds.
     *
     * @param progressOut where the progress line goes once a second, when the options ask for it
     */
    public static LoadResult run(LoadOptions options, PrintStream progressOut) throws InterruptedException {
        // An open-loop run keeps its core busy polling, so that requests leave when they are due.
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, options.openLoop()
            ? NioIoHandler.newFactory(SelectorProvider.provider(), () -> (selectNow, hasTasks) -> selectNow.get())
            : NioIoHandler.newFactory());
        try {
            LoadRun run = new LoadRun(options, progressOut, group.next());
            run.loop.execute(run::begin);
            long limit = options.warmup().plus(options.duration()).plus(options.drainTimeout()).toNanos() + SLACK_NANOS;
            try {
                return run.result.get(limit, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                throw new IllegalStateException("the load run did not end within " + limit / 1_000_000 + " ms", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the load run failed", e.getCause());
            }
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).await(SLACK_NANOS, TimeUnit.NANOSECONDS);
        }
    }

    private void begin() {
        start = System.nanoTime();
        measureFrom = start + options.warmup().toNanos();
        sendUntil = measureFrom + options.duration().toNanos();
        loop.schedule(this::stopSending, sendUntil - start, TimeUnit.NANOSECONDS);
        loop.schedule(() -> finish(true), sendUntil + options.drainTimeout().toNanos() - start, TimeUnit.NANOSECONDS);
        if (options.progress()) {
            progress = loop.scheduleAtFixedRate(this::printProgress, 1, 1, TimeUnit.SECONDS);
        }
        for (int i = 0; i < options.connections(); i++) {
            connect();
        }
        if (options.openLoop()) {
            paceOnSchedule();
        }
    }

    private void connect() {
        ChannelFuture connecting = bootstrap.connect();
        connecting.addListener(done -> {
            if (!done.isSuccess()) {
                countError("connect: " + done.cause().getClass().getSimpleName());
                reconnectLater();
            }
        });
    }

    private void reconnectLater() {
        if (sending) {
            loop.schedule(this::connect, RECONNECT_DELAY_NANOS, TimeUnit.NANOSECONDS);
        }
    }

    void connected(ClientConnection connection) {
        if (result.isDone()) {
            connection.close();
            return;
        }
        open.add(connection);
        release(connection);
    }

    /**
     * Open-loop: issues what is due, then asks the loop to come back when the next request falls
     * due. The loop busy-polls in open-loop runs (see {@link #run}), so a scheduled task fires within
     * microseconds of its deadline, where a sleeping selector would wake up to a millisecond late
     * and a pacing thread would cost two thread wake-ups per request on the generator's one core.
     */
    private void paceOnSchedule() {
        pace();
        if (sending) {
            long next = start + (long) (scheduled * (1e9 / options.rate()));
            loop.schedule(this::paceOnSchedule, next - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
    }

    /** Open-loop: issues every request due by now. */
    private void pace() {
        if (sending) {
            issueDueBy(System.nanoTime());
        }
    }

    private void issueDueBy(long now) {
        double interval = 1e9 / options.rate();
        long due = start + (long) (scheduled * interval);
        while (due <= now && due < sendUntil) {
            issue(due);
            scheduled++;
            due = start + (long) (scheduled * interval);
        }
    }

    private void issue(long due) {
        if (due >= measureFrom) {
            requests++;
        }
        ClientConnection connection = idle.poll();
        if (connection == null) {
            backlog.add(due);
        } else {
            send(connection, due);
        }
    }

    /** A connection is free: it takes the oldest waiting request, or (closed-loop) a new one. */
    private void release(ClientConnection connection) {
        if (!backlog.isEmpty()) {
            send(connection, backlog.poll());
        } else if (!options.openLoop() && sending) {
            long now = System.nanoTime();
            if (now >= measureFrom) {
                requests++;
            }
            send(connection, now);
        } else {
            idle.add(connection);
            finishIfDrained();
        }
    }

    private ByteBuf encode(byte[] body) {
        byte[] head = ("POST " + path + " HTTP/1.1\r\n"
            + "Host: " + host + "\r\n"
            + "Content-Type: application/x-amz-json-1.0\r\n"
            + "X-Amz-Target: " + options.target() + "\r\n"
            + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        // Unreleasable: every send writes a duplicate, which the channel releases after writing.
        return Unpooled.unreleasableBuffer(Unpooled.directBuffer(head.length + body.length).writeBytes(head).writeBytes(body));
    }

    private void send(ClientConnection connection, long due) {
        ByteBuf request = encodedRequests[nextBody];
        nextBody = nextBody + 1 == encodedRequests.length ? 0 : nextBody + 1;
        connection.send(request.duplicate(), due);
    }

    void answered(ClientConnection connection, long due, int status, byte[] body) {
        long now = System.nanoTime();
        answeredAll++;
        if (due >= measureFrom) {
            completed++;
            String error = outcome.errorType(status, body);
            if (error == null) {
                succeeded++;
                latencyNanos.recordValue(Math.max(0, now - due));
            } else {
                countError(error);
            }
        }
        if (!result.isDone()) {
            release(connection);
        }
    }

    void lost(ClientConnection connection, Long due) {
        open.remove(connection);
        idle.remove(connection);
        if (result.isDone()) {
            return;
        }
        if (due != null && due >= measureFrom) {
            countError("connection closed");
        }
        reconnectLater();
        finishIfDrained();
    }

    private void stopSending() {
        if (sending && options.openLoop()) {
            // The whole schedule is due now; issue what the pacer has not reached, whichever task ran first.
            issueDueBy(sendUntil);
        }
        sending = false;
        finishIfDrained();
    }

    private void finishIfDrained() {
        if (!sending && backlog.isEmpty() && open.stream().noneMatch(ClientConnection::inFlight)) {
            finish(false);
        }
    }

    private void finish(boolean timedOut) {
        if (result.isDone()) {
            return;
        }
        sending = false;
        if (timedOut) {
            long unfinished = backlog.stream().filter(due -> due >= measureFrom).count()
                + open.stream().filter(c -> c.inFlight() && c.due() >= measureFrom).count();
            if (unfinished > 0) {
                errors.merge("unanswered at drain timeout", unfinished, Long::sum);
            }
        }
        if (progress != null) {
            progress.cancel(false);
        }
        List<ClientConnection> closing = new ArrayList<>(open);
        open.clear();
        idle.clear();
        result.complete(new LoadResult(options, requests, completed, succeeded, errors, latencyNanos));
        closing.forEach(ClientConnection::close);
    }

    private void countError(String type) {
        errors.merge(type, 1L, Long::sum);
    }

    private void printProgress() {
        long now = System.nanoTime();
        String phase = now < measureFrom ? "warm-up" : sending ? "measure" : "drain";
        long answered = answeredAll - answeredAtLastProgress;
        answeredAtLastProgress = answeredAll;
        long errorCount = errors.values().stream().mapToLong(Long::longValue).sum();
        progressOut.printf(Locale.ROOT, "[%4.0fs %-7s] %8d answers/s  %5d connections  %6d queued  %d errors%n",
            (now - start) / 1e9, phase, answered, open.size(), backlog.size(), errorCount);
    }
}
