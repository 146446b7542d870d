package io.expresso.runtime.exec;

import io.expresso.codec.json.Json;
import io.expresso.runtime.ExecutionResult;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
    private final Map<EventExecutor, LoopExecutions> running = new IdentityHashMap<>();
    private volatile boolean accepting = true;

    /** @param timeScale multiplies every wait, back-off and timeout (1 = real time) */
    public Engine(EventLoopGroup group, int maxInFlight, double timeScale) {
        this.group = group;
        this.maxInFlight = maxInFlight;
        this.timeScale = timeScale;
        for (EventExecutor loop : group) {
            running.put(loop, new LoopExecutions());
        }
    }

    /**
     * Starts one execution.
     *
     * @param name the execution name, or {@code null} to generate one when first read
     * @param arn the execution ARN, or {@code null} to make the Express form when first read
     * @param async whether it was started asynchronously (StartExecution), which shows in {@code $$}
     * @return the completion, or a stage failed with {@link ExecutionRejectedException} when the
     *     engine is full or shutting down
     */
    public CompletableFuture<ExecutionResult> start(CompiledMachine machine, String name, String arn, Json input,
            boolean async) {
        CompletableFuture<ExecutionResult> completion = new CompletableFuture<>();
        // Count first, then look at admission: a shutdown that stops admission and then sees zero
        // in flight can no longer miss a start that was already on its way.
        int running = inFlight.incrementAndGet();
        if (!accepting || running > maxInFlight) {
            inFlight.decrementAndGet();
            completion.completeExceptionally(new ExecutionRejectedException(accepting
                    ? ExecutionRejectedException.Reason.THROTTLED
                    : ExecutionRejectedException.Reason.SHUTTING_DOWN));
            return completion;
        }
        EventLoop loop = pickLoop();
        Execution execution = new Execution(this, loop, machine, new ExecutionIdentity(machine.executionArnPrefix(), name, arn),
                input, async, completion);
        if (loop.inEventLoop()) {
            begin(execution);
        } else {
            loop.execute(() -> begin(execution));
        }
        return completion;
    }

    private void begin(Execution execution) {
        running.get(execution.loop).add(execution);
        execution.run();
    }

    private EventLoop pickLoop() {
        for (EventExecutor loop : group) {
            if (loop.inEventLoop()) {
                return (EventLoop) loop;
            }
        }
        return group.next();
    }

    long scaledMillis(long millis) {
        return timeScale == 1.0 ? millis : (long) Math.ceil(millis * timeScale);
    }

    /** An execution ended; runs on its loop. */
    void released(Execution execution) {
        running.get(execution.loop).remove(execution);
        inFlight.decrementAndGet();
    }

    /**
     * Ends one running execution as ABORTED, on the loop that owns it. The owner is not tracked
     * per execution (that would cost every start a shared-map write), so the request is enqueued
     * onto every loop and each looks through its own list; stopping is rare, starting is not.
     *
     * @param arn the execution's ARN
     * @param cause the cause the aborted result carries
     * @return completes on a loop with whether a running execution had that ARN
     */
    public CompletableFuture<Boolean> abort(String arn, String cause) {
        CompletableFuture<Boolean> found = CompletableFuture.completedFuture(false);
        for (Map.Entry<EventExecutor, LoopExecutions> loop : running.entrySet()) {
            CompletableFuture<Boolean> onLoop = new CompletableFuture<>();
            loop.getKey().execute(() -> onLoop.complete(loop.getValue().abort(arn, cause)));
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
     * rest. The event loops are left running; their owner shuts them down.
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
        for (Map.Entry<EventExecutor, LoopExecutions> loop : running.entrySet()) {
            loop.getKey().submit(() -> loop.getValue().abortAll("The runtime shut down before the execution ended.")).await();
        }
        return false;
    }

    /** The executions running on one loop, as an intrusive list touched only by that loop. */
    static final class LoopExecutions {
        private Execution head;

        void add(Execution execution) {
            execution.nextOnLoop = head;
            if (head != null) {
                head.previousOnLoop = execution;
            }
            head = execution;
        }

        void remove(Execution execution) {
            if (execution.previousOnLoop != null) {
                execution.previousOnLoop.nextOnLoop = execution.nextOnLoop;
            } else if (head == execution) {
                head = execution.nextOnLoop;
            }
            if (execution.nextOnLoop != null) {
                execution.nextOnLoop.previousOnLoop = execution.previousOnLoop;
            }
            execution.nextOnLoop = null;
            execution.previousOnLoop = null;
        }

        boolean abort(String arn, String cause) {
            for (Execution execution = head; execution != null; execution = execution.nextOnLoop) {
                if (execution.arn().equals(arn)) {
                    execution.abort(cause);
                    return true;
                }
            }
            return false;
        }

        void abortAll(String cause) {
            while (head != null) {
                head.abort(cause);
            }
        }
    }
}
