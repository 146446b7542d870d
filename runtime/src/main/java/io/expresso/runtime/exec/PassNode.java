package io.expresso.runtime.exec;

import io.expresso.codec.json.Json;
import io.expresso.codec.path.ResultPathWriter;
import io.expresso.runtime.observe.EventType;

/** A Pass state: InputPath → Result / Parameters → ResultPath → OutputPath. */
public final class PassNode extends StateNode implements Linked {

    private final PathFilter inputPath;
    private final ResultSource result;
    private final ResultPathWriter resultPath;
    private final PathFilter outputPath;
    private StateNode next;

    public PassNode(String name, PathFilter inputPath, ResultSource result, ResultPathWriter resultPath,
            PathFilter outputPath) {
        super(name, EventType.PassStateEntered, EventType.PassStateExited);
        this.inputPath = inputPath;
        this.result = result;
        this.resultPath = resultPath;
        this.outputPath = outputPath;
    }

    @Override
    public void link(StateNode next) {
        this.next = next;
    }

    @Override
    StateNode run(Frame frame) {
        Json raw = frame.input;
        Json effective = inputPath.apply(raw, frame);
        Json produced = effective == null ? null : result.produce(effective, frame);
        Json placed = produced == null ? null : resultPath.write(raw, produced, frame);
        StateProbe probe = frame.execution.probe;
        if (probe != null) {
            // Values are immutable, so TestState can be shown the steps together, at the cost of one
            // check per Pass for every other execution instead of one per step.
            probe.inspect(InspectionStep.AFTER_INPUT_PATH, effective);
            probe.inspect(InspectionStep.RESULT, produced);
            probe.inspect(InspectionStep.AFTER_RESULT_PATH, placed);
        }
        Json output = placed == null ? null : outputPath.apply(placed, frame);
        if (output == null) {
            return frame.failState(frame.evaluationFailure());
        }
        if (Payloads.tooLarge(output)) {
            return frame.failState(Payloads.limitExceeded(name));
        }
        return frame.exitTo(next, output);
    }
}
