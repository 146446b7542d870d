package io.expresso.runtime.exec;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.runtime.choice.ChoiceRule;
import io.expresso.runtime.observe.EventType;

/** A Choice state: the first rule that holds picks the next state; else {@code Default}. */
public final class ChoiceNode extends StateNode {

    /**
     * AWS's docs name this error; emulators checked against AWS report the cause below
     * (docs/semantics/errors-and-retries.md#choice-with-no-match).
     */
    static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";

    private final PathFilter inputPath;
    private final ChoiceRule[] rules;
    private final StateNode[] targets;
    private final PathFilter outputPath;
    private StateNode defaultTarget;

    public ChoiceNode(String name, PathFilter inputPath, ChoiceRule[] rules, PathFilter outputPath) {
        super(name, EventType.ChoiceStateEntered, EventType.ChoiceStateExited);
        this.inputPath = inputPath;
        this.rules = rules.clone();
        this.targets = new StateNode[rules.length];
        this.outputPath = outputPath;
    }

    /** Links rule {@code i} to its {@code Next}. */
    public void linkRule(int i, StateNode target) {
        targets[i] = target;
    }

    /** Links {@code Default}; {@code null} when the state has none. */
    public void linkDefault(StateNode target) {
        defaultTarget = target;
    }

    @Override
    StateNode run(Frame frame) {
        Json effective = inputPath.apply(frame.input, frame);
        frame.inspect(InspectionStep.AFTER_INPUT_PATH, effective);
        if (effective == null) {
            return frame.failState(frame.evaluationFailure());
        }
        StateNode target = defaultTarget;
        for (int i = 0; i < rules.length; i++) {
            int result = rules[i].test(effective, frame);
            if (result == ChoiceRule.TRUE) {
                target = targets[i];
                break;
            }
            if (result == ChoiceRule.FAILED) {
                return frame.failState(frame.evaluationFailure());
            }
        }
        if (target == null) {
            return frame.failState(AslError.of(NO_CHOICE_MATCHED, frame.causePrefix()
                    + "Failed to transition out of the state. The state does not point to a next state."));
        }
        Json output = outputPath.apply(effective, frame);
        if (output == null) {
            return frame.failState(frame.evaluationFailure());
        }
        return frame.exitTo(target, output);
    }
}
