package io.expresso.runtime.exec;

import io.expresso.codec.json.Json;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.observe.LogRing;
import io.expresso.runtime.task.ExchangeObserver;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs executions on a group of Netty event loops. Each execution is owned by one loop from start
 * to end; a start from a loop thread stays on that loop, a start from elsewhere is enqueued onto
 * the next loop (Netty's loop queue is a lock-free MPSC queue). Admission is bounded: past
 * {@code maxInFlight} running executions, starting fails at once instead of queueing without end.
 */
public final class Engine {

    private final EventLoopGroup group;
    private final double timeScale;
    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger nextLoop = new AtomicInteger();
    private final EventLoop[] loops;
    /** What each loop runs, at the same index as {@link #loops}. */
    private final LoopExecutions[] running;
    private volatile boolean accepting = true;

    /** @param timeScale multiplies every wait, back-off and timeout (1 = real time) */
    /** @param logRingBytes the capacity of each loop's log ring (execution events waiting for the logger) */
    public Engine(EventLoopGroup group, int maxInFlight, double timeScale, int logRingBytes) {
        this.group = group;
        this.maxInFlight = maxInFlight;
        this.timeScale = timeScale;
        List<EventLoop> all = new ArrayList<>();
        for (EventExecutor loop : group) {
            all.add((EventLoop) loop);
        }
        // Arrays, not the group's iterator and a map, so that placing an execution allocates nothing.
        this.loops = all.toArray(new EventLoop[0]);
        this.running = new LoopExecutions[loops.length];
        for (int i = 0; i < loops.length; i++) {
            running[i] = new LoopExecutions(loops[i], new LogRing(logRingBytes));
        }
    }

    /**
     * Starts one execution.
     *
     * @param name the execution name, or {@code null} to generate one when first read
     * @param arn the execution ARN, or {@code null} to make the Express form when first read
     * @param async whether it was started asynchronously (StartExecution), which shows in {@code $$}
     * @param keepHistory whether to keep every event for {@link ExecutionResult#history()}
     * @param mocks the test case whose mocked responses its Tasks return, or {@code null}
     * @param exchangeObserver who watches the HTTP exchanges of its Tasks, or {@code null}
     * @return the completion, or a stage failed with {@link ExecutionRejectedException} when the
     *     engine is full or shutting down
     */
    public CompletableFuture<ExecutionResult> start(CompiledMachine machine, String name, String arn, Json input,
            boolean async, boolean keepHistory, MockTestCase mocks, ExchangeObserver exchangeObserver) {
        CompletableFuture<ExecutionResult> completion = new CompletableFuture<>();
        if (!admit(machine, completion, false)) {
            return completion;
        }
        Execution execution = place(machine, name, arn, input, async, keepHistory, mocks, exchangeObserver, null,
                completion);
        launch(execution);
        return completion;
    }

    /**
     * Runs the start state of {@code machine} alone, as {@code probe} asks (TestState).
     *
     * @return as {@link #start}
     */
    public CompletableFuture<ExecutionResult> probe(CompiledMachine machine, Json input, StateProbe probe) {
        CompletableFuture<ExecutionResult> completion = new CompletableFuture<>();
        if (admit(machine, completion, false)) {
            launch(place(machine, null, null, input, false, false, null, null, probe, completion));
        }
        return completion;
    }

    /** Begins {@code execution} at once on its loop's thread, or from its loop's queue elsewhere. */
    private void launch(Execution execution) {
        EventLoop loop = execution.loop;
        if (loop.inEventLoop()) {
            begin(execution);
        } else {
            enqueue(execution);
        }
    }

    /** Hands {@code execution} to its loop's queue, or refuses it when that loop has stopped. */
    private void enqueue(Execution execution) {
        try {
            execution.loop.execute(() -> begin(execution));
        } catch (RejectedExecutionException stopped) {
            inFlight.decrementAndGet();
            execution.completion.completeExceptionally(
                    new ExecutionRejectedException(ExecutionRejectedException.Reason.SHUTTING_DOWN));
        }
    }

    /**
     * Starts an execution that a Task of a running execution asked for. It runs on the caller's
     * loop but always begins from the loop's queue, never inside the caller's stack, so that a
     * machine starting itself again and again does not deepen the stack. It counts toward the
     * in-flight limit, yet is admitted while a shutdown drains: it is part of the work of an
     * execution already accepted, which the drain waits for.
     *
     * @return as {@link #start}; refused only when the engine is full
     */
    public CompletableFuture<ExecutionResult> startNested(CompiledMachine machine, String name, String arn, Json input,
            boolean async, boolean keepHistory) {
        CompletableFuture<ExecutionResult> completion = new CompletableFuture<>();
        if (!admit(machine, completion, true)) {
            return completion;
        }
        enqueue(place(machine, name, arn, input, async, keepHistory, null, null, null, completion));
        return completion;
    }

    /**
     * Counts a start in, or fails {@code completion} with the reason it is refused.
     *
     * @param duringShutdown whether the start is admitted while the engine no longer accepts new work
     */
    private boolean admit(CompiledMachine machine, CompletableFuture<ExecutionResult> completion, boolean duringShutdown) {
        // Count first, then look at admission: a shutdown that stops admission and then sees zero
        // in flight can no longer miss a start that was already on its way.
        int admitted = inFlight.incrementAndGet();
        boolean open = accepting || duringShutdown;
        if (open && admitted <= maxInFlight) {
            return true;
        }
        inFlight.decrementAndGet();
        if (open) {
            machine.metrics().executionThrottled();
        }
        completion.completeExceptionally(new ExecutionRejectedException(open
                ? ExecutionRejectedException.Reason.THROTTLED
                : ExecutionRejectedException.Reason.SHUTTING_DOWN));
        return false;
    }

    /** @return a new execution owned by the caller's loop, or by the next loop in turn */
    private Execution place(CompiledMachine machine, String name, String arn, Json input, boolean async,
            boolean keepHistory, MockTestCase mocks, ExchangeObserver exchangeObserver, StateProbe probe,
            CompletableFuture<ExecutionResult> completion) {
        int loopIndex = pickLoop();
        return new Execution(this, loops[loopIndex], running[loopIndex], machine,
                new ExecutionIdentity(machine.executionArnPrefix(), name, arn), input, async, keepHistory, mocks,
                exchangeObserver, probe, completion);
    }

    private void begin(Execution execution) {
        execution.neighbours.add(execution, TimeUnit.MILLISECONDS.toNanos(scaledMillis(execution.machine.timeoutMillis())));
        execution.run();
    }

    /** @return the caller's own loop when it runs on one, else the next loop in turn */
    private int pickLoop() {
        for (int i = 0; i < loops.length; i++) {
            if (loops[i].inEventLoop()) {
                return i;
            }
        }
        int next = nextLoop.getAndIncrement() % loops.length;
        return next < 0 ? next + loops.length : next;
    }

    long scaledMillis(long millis) {
        return timeScale == 1.0 ? millis : (long) Math.ceil(millis * timeScale);
    }

    /** An execution ended; runs on its loop, once per execution. */
    void released(Execution execution) {
        execution.neighbours.remove(execution);
        inFlight.decrementAndGet();
    }

    /** @return every loop's log ring, for the logger thread to drain */
    public List<LogRing> logRings() {
        List<LogRing> rings = new ArrayList<>();
        for (LoopExecutions loop : running) {
            rings.add(loop.logRing());
        }
        return rings;
    }

    /** @return log events dropped because a ring was full, over all loops */
    public long logRecordsDropped() {
        long dropped = 0;
        for (LoopExecutions loop : running) {
            dropped += loop.logRing().dropped();
        }
        return dropped;
    }

    /**
     * Ends one running execution as ABORTED, on the loop that owns it. The owner is not tracked
     * per execution (that would cost every start a shared write), so the request is enqueued onto
     * every loop and each looks through its own executions; stopping is rare, starting is not.
     *
     * @param arn the execution's ARN
     * @param cause the cause the aborted result carries
     * @return completes on a loop with whether a running execution had that ARN
     */
    public CompletableFuture<Boolean> abort(String arn, String cause) {
        CompletableFuture<Boolean> found = CompletableFuture.completedFuture(false);
        for (int i = 0; i < loops.length; i++) {
            LoopExecutions executions = running[i];
            CompletableFuture<Boolean> onLoop = new CompletableFuture<>();
            loops[i].execute(() -> onLoop.complete(executions.abort(arn, cause)));
            found = found.thenCombine(onLoop, Boolean::logicalOr);
        }
        return found;
    }

    /** @return executions started and not yet ended */
    public int inFlight() {
        return inFlight.get();
    }

    /**
     * Stops admission, lets running executions finish for up to {@code drain}, then aborts the
     * rest: each ends ABORTED with {@code States.Aborted}, logs ExecutionAborted, and its caller
     * is answered. Returns within {@code drain} plus {@link #ABORT_WAIT}, even when executions
     * never wait (they give their loop back between slices, so the abort gets its turn); a loop
     * that still does not answer by then is left to its owner. The event loops are left running;
     * their owner shuts them down.
     *
     * @return whether every execution finished on its own
     */
    public boolean shutdown(Duration drain) throws InterruptedException {
        accepting = false;
        long deadline = System.nanoTime() + drain.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
        if (inFlight.get() == 0) {
            return true;
        }
        List<Future<?>> aborts = new ArrayList<>();
        for (int i = 0; i < loops.length; i++) {
            LoopExecutions executions = running[i];
            try {
                aborts.add(loops[i].submit(() -> executions.abortAll(Execution.SHUTDOWN_CAUSE)));
            } catch (RejectedExecutionException stopped) {
                // That loop is already gone, and its executions with it.
            }
        }
        long abortDeadline = System.nanoTime() + ABORT_WAIT.toNanos();
        for (Future<?> abort : aborts) {
            abort.await(Math.max(0, abortDeadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        return false;
    }

    /** How long {@link #shutdown} waits for the loops to abort what is left after the drain. */
    public static final Duration ABORT_WAIT = Duration.ofSeconds(1);
}
