package io.expresso.runtime.exec;

import io.expresso.codec.json.Json;
import io.expresso.runtime.task.ExchangeObserver;
import io.expresso.runtime.task.TaskInvocation;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/**
 * One attempt of a Task state, handed to its handler. The handler may complete it on any thread;
 * the first completion wins (a CAS on {@link #state}) and is carried back to the execution's loop
 * through the loop's task queue, which also publishes the result fields to that thread. The
 * runtime gives up on an attempt (timeout, end of its frame) by the same CAS, to
 * {@code CANCELLED}, and then runs the handler's cancellation hook.
 */
final class TaskAttempt implements TaskInvocation, Runnable, Frame.Resumption {

    private static final AtomicIntegerFieldUpdater<TaskAttempt> STATE =
            AtomicIntegerFieldUpdater.newUpdater(TaskAttempt.class, "state");
    private static final AtomicReferenceFieldUpdater<TaskAttempt, Runnable> CANCEL_HOOK =
            AtomicReferenceFieldUpdater.newUpdater(TaskAttempt.class, Runnable.class, "cancelHook");
    private static final int PENDING = 0;
    private static final int COMPLETED = 1;
    private static final int CANCELLED = 2;

    private final Frame frame;
    private final TaskNode node;
    private final int generation;
    private final Json parameters;
    /** When the attempt started, for the resource's duration metric. */
    final long startedNanos = System.nanoTime();
    private Json handlerInput;
    private volatile int state;
    /**
     * The handler's cancellation hook, taken (swapped to {@code null}) by whoever runs it: the
     * loop when it gives up on the attempt, or a late {@link #onCancel} that finds it given up.
     * Both sides write their own volatile before reading the other's, so one of them sees both.
     */
    private volatile Runnable cancelHook;
    /** Set once a hook was registered, so that a second registration is refused even after the first ran. */
    private volatile boolean hookRegistered;
    Json result;
    String error;
    String cause;
    /**
     * Loop-only: the outcome is already in the shape the state sees (a mocked response, or an
     * Invoke response made from a real endpoint's answer), so the binding does not shape it.
     */
    boolean shaped;
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
    public ExchangeObserver exchangeObserver() {
        return frame.execution.exchangeObserver;
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

    @Override
    public void onCancel(Runnable hook) {
        if (hookRegistered) {
            throw new IllegalStateException("A cancellation hook is already registered for this task attempt");
        }
        hookRegistered = true;
        cancelHook = hook;
        if (state == CANCELLED) {
            Runnable claimed = CANCEL_HOOK.getAndSet(this, null);
            if (claimed != null) {
                runOnLoop(claimed);
            }
        }
    }

    private void runOnLoop(Runnable hook) {
        if (frame.execution.loop.inEventLoop()) {
            hook.run();
        } else {
            try {
                frame.execution.loop.execute(hook);
            } catch (RejectedExecutionException e) {
                // The loop has stopped, and the channels the hook would close went with it.
            }
        }
    }

    /** The task's {@code TimeoutSeconds} (or its heartbeat interval) passed first; runs on the loop. */
    void timeOut() {
        if (STATE.compareAndSet(this, PENDING, CANCELLED)) {
            error = io.expresso.codec.error.AslError.TIMEOUT;
            runCancelHook();
            deliver();
        }
    }

    /**
     * The attempt's frame stopped (its execution ended, or a sibling branch failed) while the
     * handler was still working: no outcome is wanted any more. Runs on the loop.
     */
    void abandon() {
        cancelTimers();
        if (STATE.compareAndSet(this, PENDING, CANCELLED)) {
            runCancelHook();
        }
    }

    private void runCancelHook() {
        Runnable hook = CANCEL_HOOK.getAndSet(this, null);
        if (hook != null) {
            hook.run();
        }
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

    private void cancelTimers() {
        if (timeout != null) {
            timeout.cancel(false);
        }
        if (heartbeatTimer != null) {
            heartbeatTimer.cancel(false);
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

    /** The frame goes on with this attempt's outcome. */
    @Override
    public StateNode next(Frame resumed) {
        return node.complete(resumed, this);
    }

    /** Resumes the frame with the outcome; runs on the loop. */
    @Override
    public void run() {
        cancelTimers();
        cancelHook = null; // the handler's request is over; let its hook go with it
        if (frame.pendingTask == this) {
            frame.pendingTask = null;
        }
        if (frame.generation == generation && frame.live()) {
            frame.resume(this);
        }
    }
}
