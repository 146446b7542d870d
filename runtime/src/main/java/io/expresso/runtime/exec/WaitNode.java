package io.expresso.runtime.exec;

import io.expresso.codec.json.Json;
import io.expresso.runtime.observe.EventType;

/** A Wait state: a timer on the frame's loop, never a sleeping thread. */
public final class WaitNode extends StateNode implements Linked {

    private final PathFilter inputPath;
    private final WaitDuration duration;
    private final PathFilter outputPath;
    private StateNode next;

    public WaitNode(String name, PathFilter inputPath, WaitDuration duration, PathFilter outputPath) {
        super(name, EventType.WaitStateEntered, EventType.WaitStateExited, EventType.WaitStateAborted);
        this.inputPath = inputPath;
        this.duration = duration;
        this.outputPath = outputPath;
    }

    @Override
    public void link(StateNode next) {
        this.next = next;
    }

    @Override
    boolean timed() {
        return true;
    }

    @Override
    StateNode run(Frame frame) {
        Json effective = inputPath.apply(frame.input, frame);
        frame.inspect(InspectionStep.AFTER_INPUT_PATH, effective);
        if (effective == null) {
            return frame.failState(frame.evaluationFailure());
        }
        long delayMillis = duration.millis(effective, frame);
        if (delayMillis < 0) {
            return frame.failState(frame.evaluationFailure());
        }
        Json output = outputPath.apply(effective, frame);
        if (output == null) {
            return frame.failState(frame.evaluationFailure());
        }
        long scaled = frame.execution.engine.scaledMillis(delayMillis);
        // TestState shows what a Wait state does, not how long it takes.
        if (scaled <= 0 || frame.execution.probe != null) {
            return frame.exitTo(next, output);
        }
        frame.input = output;
        int generation = frame.generation;
        frame.schedule(waiting -> waiting.generation == generation && waiting.live()
                ? waiting.exitTo(next, output) : null, scaled);
        return null;
    }
}
