package io.expresso.runtime.exec;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;

/**
 * The child frames of one Parallel or Map attempt. Children may end while the parent is still
 * starting them (synchronously, deep in the same call) or later from loop tasks; the parent
 * continues exactly once, either by returning from its own run or, once suspended, from the
 * child that ended last.
 */
abstract class ChildFrames implements FrameJoin {

    final Frame parent;
    final Frame[] frames;
    final Json[] outputs;
    private final int parentGeneration;
    private int remaining;
    /**
     * The event the parent's chain continues from once every child succeeded: the last event of
     * the child that ended last, or what {@link #onChildSucceeded} logged for it.
     */
    private int joinEventId;
    private AslError failure;
    private boolean suspended;
    private boolean settled;

    ChildFrames(Frame parent, int count) {
        this.parent = parent;
        this.frames = new Frame[count];
        this.outputs = new Json[count];
        this.parentGeneration = parent.generation;
        this.remaining = count;
        this.joinEventId = parent.lastEventId;
    }

    abstract StateNode onAllSucceeded(Frame parentFrame, Json[] outputs);

    abstract StateNode onFailed(Frame parentFrame, AslError error);

    /**
     * Hook for Map, which logs the iteration's success: {@code child} ended well.
     *
     * @return the event the parent's chain continues from if {@code child} is the last to end
     */
    int onChildSucceeded(Frame child) {
        return child.lastEventId;
    }

    /** Hook for Map: {@code child} ended well, so a slot freed up for more iterations. */
    void onChildEnded(Frame child) {
    }

    /**
     * Hook for Map, which records the failed iteration as an event that later event ids count.
     *
     * @param child the failed child, or {@code null} when the failure came before a child could start
     * @param failedEventId the failed child's last event (the parent's latest when there is no child)
     */
    void onChildFailed(Frame child, int failedEventId) {
    }

    /** Hook for Map, which records the stopped iteration after the aborted events of its states. */
    void onChildAborted(Frame child, int failedEventId) {
    }

    @Override
    public boolean live() {
        return failure == null && !settled && parent.generation == parentGeneration && parent.live();
    }

    @Override
    public void succeeded(Frame child, Json output) {
        if (!live()) {
            return;
        }
        outputs[child.slot] = output;
        remaining--;
        // Set before onChildEnded, which may start children that end at once and set it again.
        joinEventId = onChildSucceeded(child);
        onChildEnded(child);
        // onChildEnded may start children that end at once and settle this join from inside.
        if (remaining == 0 && suspended && !settled) {
            settle();
            parent.continueFrom(joinEventId);
            parent.runFrom(onAllSucceeded(parent, outputs));
        }
    }

    /** @param child the failed child, or {@code null} when the failure came before a child could start */
    @Override
    public void failed(Frame child, AslError error) {
        if (!live()) {
            return;
        }
        failure = error;
        // AWS chains the failure's consequences, and the parent's next event, to the failed child's last event.
        int failedEventId = child == null ? parent.lastEventId : child.lastEventId;
        onChildFailed(child, failedEventId);
        abortRunning(child, failedEventId);
        parent.continueFrom(failedEventId);
        if (suspended) {
            settle();
            parent.runFrom(onFailed(parent, error));
        }
    }

    /**
     * Stops every child still running, in slot order, each logging its aborted events. Children
     * not started yet (held back by MaxConcurrency) and children that already ended log nothing.
     *
     * @param failed the child whose failure stops the others, or {@code null} when no child failed
     *     (the parent itself is stopped, or the failure came before a child could start)
     * @param failedEventId the event every aborted event names as its previous one
     */
    void abortRunning(Frame failed, int failedEventId) {
        for (Frame frame : frames) {
            if (frame != null && frame != failed && !frame.ended) {
                frame.abort(failedEventId);
                onChildAborted(frame, failedEventId);
            }
        }
    }

    /**
     * Called by the parent once it has started what it can.
     *
     * @return the next state if every child already ended (or one failed), else {@code null} with the parent suspended
     */
    StateNode started() {
        if (failure != null) {
            settle();
            return onFailed(parent, failure);
        }
        if (remaining == 0) {
            settle();
            parent.continueFrom(joinEventId);
            return onAllSucceeded(parent, outputs);
        }
        suspended = true;
        parent.children = this;
        return null;
    }

    private void settle() {
        settled = true;
        parent.children = null;
    }
}
