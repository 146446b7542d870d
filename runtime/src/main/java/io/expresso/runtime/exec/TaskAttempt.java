package io.expresso.runtime.exec;

import io.expresso.codec.json.Json;
import io.expresso.runtime.task.TaskInvocation;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/**
 * One attempt of a Task state, handed to its handler. The handler may complete it on any thread;
 * the first completion wins (a CAS on {@link #state}) and is carried back to the execution's loop
 * through the loop's task queue, which also publishes the result fields to that thread.
 */
final class TaskAttempt implements TaskInvocation, Runnable {

    private static final AtomicIntegerFieldUpdater<TaskAttempt> STATE =
            AtomicIntegerFieldUpdater.newUpdater(TaskAttempt.class, "state");
    private static final int PENDING = 0;
    private static final int COMPLETED = 1;

    private final Frame frame;
    private final TaskNode node;
    private final int generation;
    private final Json parameters;
    /** When the attempt started, for the resource's duration metric. */
    final long startedNanos = System.nanoTime();
    private Json handlerInput;
    private volatile int state;
    Json result;
    String error;
    String cause;
    /** Loop-only: the outcome came from a mocked response, already in the shape the state sees. */
    boolean mocked;
    /** Loop-only: the node has returned and waits for {@link #run()}. */
    boolean suspended;
    /** Loop-only: completed while the node was still starting the attempt. */
    boolean completedInline;
    /**
     * Loop-only: the pending {@code TimeoutSeconds} timer, cancelled once an outcome arrives so
     * that it does not keep the execution reachable until it would have fired.
     */
    ScheduledFuture<?> timeout;
    /** Loop-only: the pending {@code HeartbeatSeconds} timer, restarted by each heartbeat. */
    private ScheduledFuture<?> heartbeatTimer;
    /** Loop-only: the heartbeat interval, 0 when the Task has none. */
    private long heartbeatMillis;

    TaskAttempt(Frame frame, TaskNode node, Json parameters) {
        this.frame = frame;
        this.node = node;
        this.generation = frame.generation;
        this.parameters = parameters;
        this.handlerInput = parameters;
    }

    Json parameters() {
        return parameters;
    }

    void handlerInput(Json input) {
        handlerInput = input;
    }

    @Override
    public Json input() {
        return handlerInput;
    }

    @Override
    public String resource() {
        return node.resource();
    }

    @Override
    public String stateName() {
        return node.name();
    }

    @Override
    public EventLoop executor() {
        return frame.execution.loop;
    }

    @Override
    public String executionArn() {
        return frame.execution.arn();
    }

    @Override
    public void succeed(Json value) {
        if (STATE.compareAndSet(this, PENDING, COMPLETED)) {
            result = value;
            deliver();
        }
    }

    @Override
    public void fail(String errorName, String causeText) {
        if (STATE.compareAndSet(this, PENDING, COMPLETED)) {
            error = errorName == null ? "" : errorName;
            cause = causeText;
            deliver();
        }
    }

    /** The task's {@code TimeoutSeconds} (or its heartbeat interval) passed first. */
    void timeOut() {
        fail(io.expresso.codec.error.AslError.TIMEOUT, null);
    }

    /** Starts the heartbeat timer; runs on the loop once the attempt is suspended. */
    void watchHeartbeat(long scaledMillis) {
        heartbeatMillis = scaledMillis;
        heartbeatTimer = frame.execution.loop.schedule(this::timeOut, scaledMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void heartbeat() {
        if (state != PENDING) {
            return;
        }
        if (frame.execution.loop.inEventLoop()) {
            restartHeartbeat();
        } else {
            try {
                frame.execution.loop.execute(this::restartHeartbeat);
            } catch (RejectedExecutionException e) {
                // The loop has stopped; nothing is waiting for this attempt any more.
            }
        }
    }

    private void restartHeartbeat() {
        if (heartbeatTimer != null && heartbeatTimer.cancel(false)) {
            heartbeatTimer = frame.execution.loop.schedule(this::timeOut, heartbeatMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void deliver() {
        if (!frame.execution.loop.inEventLoop()) {
            try {
                frame.execution.loop.execute(this);
            } catch (RejectedExecutionException e) {
                // The loop has stopped: the runtime shut down and aborted the execution, so no one
                // waits for this outcome, and the handler's thread must not see the loop's refusal.
            }
        } else if (suspended) {
            run();
        } else {
            completedInline = true;
        }
    }

    /** Resumes the frame with the outcome; runs on the loop. */
    @Override
    public void run() {
        if (timeout != null) {
            timeout.cancel(false);
        }
        if (heartbeatTimer != null) {
            heartbeatTimer.cancel(false);
        }
        if (frame.generation == generation && frame.live()) {
            frame.runFrom(node.complete(frame, this));
        }
    }
}
