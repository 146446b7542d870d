package io.expresso.runtime.exec;

import io.expresso.codec.json.Json;
import io.expresso.runtime.observe.EventType;

/** A Succeed state: ends its frame with {@code OutputPath(InputPath(input))}. */
public final class SucceedNode extends StateNode {

    private final PathFilter inputPath;
    private final PathFilter outputPath;

    public SucceedNode(String name, PathFilter inputPath, PathFilter outputPath) {
        super(name, EventType.SucceedStateEntered, EventType.SucceedStateExited);
        this.inputPath = inputPath;
        this.outputPath = outputPath;
    }

    @Override
    StateNode run(Frame frame) {
        Json effective = inputPath.apply(frame.input, frame);
        frame.inspect(InspectionStep.AFTER_INPUT_PATH, effective);
        Json output = effective == null ? null : outputPath.apply(effective, frame);
        if (output == null) {
            return frame.failState(frame.evaluationFailure());
        }
        return frame.exitTo(null, output);
    }
}
