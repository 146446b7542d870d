package io.expresso.runtime.exec;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.path.ResultPathWriter;
import io.expresso.codec.template.PayloadTemplate;
import io.expresso.runtime.mock.MockOutcome;
import io.expresso.runtime.observe.EventType;

/**
 * A Parallel state: every branch runs as a child frame on the same loop with the same input;
 * the result is the array of branch outputs in branch order. The first branch failure fails the
 * state with that branch's own error and stops the other branches (docs/semantics/parallel-and-map.md#parallel).
 */
public final class ParallelNode extends RetryingNode {

    private final PathFilter inputPath;
    private final PayloadTemplate parameters;
    private final StateNode[] branches;
    private final PayloadTemplate resultSelector;
    private final ResultPathWriter resultPath;
    private final PathFilter outputPath;

    public ParallelNode(String name, PathFilter inputPath, PayloadTemplate parameters, StateNode[] branches,
            PayloadTemplate resultSelector, ResultPathWriter resultPath, PathFilter outputPath, ErrorPolicy errorPolicy) {
        super(name, EventType.ParallelStateEntered, EventType.ParallelStateExited, EventType.ParallelStateAborted, errorPolicy);
        this.inputPath = inputPath;
        this.parameters = parameters;
        this.branches = branches.clone();
        this.resultSelector = resultSelector;
        this.resultPath = resultPath;
        this.outputPath = outputPath;
    }

    @Override
    public StateNode attempt(Frame frame) {
        Json effective = inputPath.apply(frame.input, frame);
        frame.inspect(InspectionStep.AFTER_INPUT_PATH, effective);
        Json branchInput = effective == null || parameters == null ? effective : parameters.evaluate(effective, frame);
        frame.inspect(InspectionStep.AFTER_PARAMETERS, branchInput);
        if (branchInput == null) {
            return frame.failState(frame.evaluationFailure());
        }
        StateProbe probe = frame.execution.probe;
        if (probe != null && probe.mock() != null) {
            return mocked(frame, probe.mock());
        }
        int started = frame.event(EventType.ParallelStateStarted);
        Children children = new Children(this, frame, branches.length);
        for (int i = 0; i < branches.length && children.live(); i++) {
            Frame branch = new Frame(frame.execution, children, i, branchInput, started);
            children.frames[i] = branch;
            branch.runFrom(branches[i]);
        }
        return children.started();
    }

    /** TestState's mock stands for the branches: its result is their output array, its error their failure. */
    private StateNode mocked(Frame frame, MockOutcome mock) {
        if (mock.error() != null) {
            return fail(frame, AslError.of(mock.error(), mock.cause()));
        }
        return Aggregate.complete(this, frame, mock.value(), resultSelector, resultPath, outputPath, next);
    }

    StateNode finish(Frame frame, Json[] outputs) {
        // Off the chain: ParallelStateExited follows the last branch's last event, as in AWS's histories.
        frame.eventAfter(frame.lastEventId, EventType.ParallelStateSucceeded);
        return Aggregate.complete(this, frame, JsonArray.wrap(outputs), resultSelector, resultPath, outputPath, next);
    }

    StateNode fail(Frame frame, AslError error) {
        return frame.recover(this, error, EventType.ParallelStateFailed);
    }

    /** The branches of one attempt: collects their outputs, or the first failure. */
    private static final class Children extends ChildFrames {
        private final ParallelNode node;

        Children(ParallelNode node, Frame parent, int count) {
            super(parent, count);
            this.node = node;
        }

        @Override
        StateNode onAllSucceeded(Frame parentFrame, Json[] outputs) {
            return node.finish(parentFrame, outputs);
        }

        @Override
        StateNode onFailed(Frame parentFrame, AslError error) {
            return node.fail(parentFrame, error);
        }
    }
}
