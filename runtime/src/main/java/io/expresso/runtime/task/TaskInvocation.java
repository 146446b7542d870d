package io.expresso.runtime.task;

import io.expresso.codec.json.Json;
import io.netty.channel.EventLoop;

/**
 * One attempt of one Task state, as its handler sees it. Complete it exactly once, from any
 * thread; later completions, and completions after the task timed out or the execution ended,
 * are ignored.
 */
public interface TaskInvocation {

    /** @return the payload for the handler: the task's effective parameters (for {@code lambda:invoke}, its {@code Payload}) */
    Json input();

    /** @return the Task state's {@code Resource} */
    String resource();

    /** @return the Task state's name */
    String stateName();

    /** @return the ARN of the execution running the task */
    String executionArn();

    /**
     * @return the event loop that owns the execution; a handler doing non-blocking I/O with Netty
     *     registers its channels here, so that its completion reaches the execution without a
     *     thread hand-off
     */
    EventLoop executor();

    /**
     * @return who watches the HTTP exchanges of this attempt (TestState at inspection level TRACE),
     *     or {@code null}, as for every execution started without one; a handler that calls an
     *     HTTP API reports its request and response there
     */
    default ExchangeObserver exchangeObserver() {
        return null;
    }

    /**
     * Tells the runtime the work is still alive: for a Task with {@code HeartbeatSeconds}, the
     * attempt fails with {@code States.Timeout} when that long passes without a heartbeat.
     * Callable from any thread; without {@code HeartbeatSeconds} it does nothing.
     */
    void heartbeat();

    /**
     * Registers what to undo when the runtime gives up on this attempt before it completed: its
     * {@code TimeoutSeconds} or {@code HeartbeatSeconds} passed, or its execution (or its Parallel
     * branch or Map iteration) ended. A handler doing I/O cancels its request there, so that a
     * connection is not held for an answer nobody waits for. The hook runs once, on
     * {@link #executor()}, and never after the handler completed the attempt; registered after
     * the attempt was given up, it runs at once (on that loop). One hook per attempt; callable
     * from any thread.
     *
     * @throws IllegalStateException when a hook is already registered
     */
    void onCancel(Runnable hook);

    /** Completes the attempt with {@code result}. */
    void succeed(Json result);

    /**
     * Fails the attempt with the error name Retry and Catch match on.
     *
     * @param cause may be {@code null}
     */
    void fail(String error, String cause);
}
