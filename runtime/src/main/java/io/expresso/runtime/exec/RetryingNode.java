package io.expresso.runtime.exec;

import io.expresso.runtime.observe.EventType;

/**
 * A state that does work with Retry and Catch (Task, Parallel, Map): it holds the error policy and
 * the link to its {@code Next}, is timed for metrics, and runs by making its first attempt.
 */
abstract class RetryingNode extends StateNode implements Linked, RetryingState {

    private final ErrorPolicy errorPolicy;
    /** The state after this one, {@code null} for End; set once at deploy. */
    StateNode next;

    RetryingNode(String name, EventType entered, EventType exited, EventType aborted, ErrorPolicy errorPolicy) {
        super(name, entered, exited, aborted);
        this.errorPolicy = errorPolicy;
    }

    @Override
    public final void link(StateNode next) {
        this.next = next;
    }

    @Override
    public final ErrorPolicy errorPolicy() {
        return errorPolicy;
    }

    /** These states wait for a task or for child frames, so their duration is worth recording. */
    @Override
    final boolean timed() {
        return true;
    }

    @Override
    final StateNode run(Frame frame) {
        return attempt(frame);
    }
}
