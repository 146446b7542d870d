package io.expresso.runtime.exec;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.path.PathExpression;
import io.expresso.codec.path.ResultPathWriter;
import io.expresso.codec.template.PayloadTemplate;
import io.expresso.runtime.mock.MockOutcome;
import io.expresso.runtime.observe.EventType;

/**
 * An inline Map state: one child frame per item on the same loop, at most {@code MaxConcurrency}
 * at a time, results in item order. The first iteration failure fails the state with that
 * iteration's error and stops the rest (docs/semantics/parallel-and-map.md#map).
 */
public final class MapNode extends RetryingNode {

    private final PathFilter inputPath;
    private final PathExpression itemsPath;
    private final PayloadTemplate itemSelector;
    private final StateNode processor;
    private final MaxConcurrency maxConcurrency;
    private final PayloadTemplate resultSelector;
    private final ResultPathWriter resultPath;
    private final PathFilter outputPath;

    /** @param itemsPath {@code null} for {@code $}; itemSelector, resultSelector {@code null} when absent */
    public MapNode(String name, PathFilter inputPath, PathExpression itemsPath, PayloadTemplate itemSelector,
            StateNode processor, MaxConcurrency maxConcurrency, PayloadTemplate resultSelector,
            ResultPathWriter resultPath, PathFilter outputPath, ErrorPolicy errorPolicy) {
        super(name, EventType.MapStateEntered, EventType.MapStateExited, EventType.MapStateAborted, errorPolicy);
        this.inputPath = inputPath;
        this.itemsPath = itemsPath;
        this.itemSelector = itemSelector;
        this.processor = processor;
        this.maxConcurrency = maxConcurrency;
        this.resultSelector = resultSelector;
        this.resultPath = resultPath;
        this.outputPath = outputPath;
    }

    @Override
    public StateNode attempt(Frame frame) {
        Json effective = inputPath.apply(frame.input, frame);
        frame.inspect(InspectionStep.AFTER_INPUT_PATH, effective);
        if (effective == null) {
            return frame.failState(frame.evaluationFailure());
        }
        Json items = itemsPath == null ? effective : itemsPath.evaluate(effective, frame);
        if (!(items instanceof JsonArray)) {
            String path = itemsPath == null ? "$" : itemsPath.text();
            return frame.failState(AslError.runtime(frame.causePrefix() + "Reference path \"" + path + "\" must point to array."));
        }
        frame.inspect(InspectionStep.AFTER_ITEMS_PATH, items);
        int limit = maxConcurrency.resolve(effective, frame);
        if (limit < 0) {
            return frame.failState(frame.evaluationFailure());
        }
        StateProbe probe = frame.execution.probe;
        if (probe != null) {
            frame.inspect(InspectionStep.MAX_CONCURRENCY, JsonNumber.of(limit));
            if (probe.mock() != null) {
                return mocked(frame, probe.mock());
            }
        }
        frame.event(EventType.MapStateStarted, null, null, null, null, ((JsonArray) items).size());
        Iterations iterations = new Iterations(this, frame, (JsonArray) items, effective, limit);
        iterations.startMore();
        return iterations.started();
    }

    /** TestState's mock stands for the iterations: its result is their output array, its error their failure. */
    private StateNode mocked(Frame frame, MockOutcome mock) {
        if (mock.error() != null) {
            return fail(frame, AslError.of(mock.error(), mock.cause()));
        }
        return Aggregate.complete(this, frame, mock.value(), resultSelector, resultPath, outputPath, next);
    }

    StateNode finish(Frame frame, Json[] outputs) {
        // Off the chain: MapStateExited follows the last MapIterationSucceeded, as in AWS's histories.
        frame.eventAfter(frame.lastEventId, EventType.MapStateSucceeded);
        return Aggregate.complete(this, frame, JsonArray.wrap(outputs), resultSelector, resultPath, outputPath, next);
    }

    StateNode fail(Frame frame, AslError error) {
        return frame.recover(this, error, EventType.MapStateFailed);
    }

    /**
     * The iterations of one attempt, started as concurrency allows. AWS runs them on at most
     * MaxConcurrency workers, each taking items one after another: a worker's first
     * MapIterationStarted follows MapStateStarted, each later one the last state event of the
     * iteration the worker ran before. The chains here follow the same workers.
     */
    private static final class Iterations extends ChildFrames {
        private final MapNode node;
        private final JsonArray items;
        private final Json mapInput;
        private final int limit;
        /** MapStateStarted, which every worker's first iteration follows. */
        private final int startedEventId;
        /** Workers that have not run an iteration yet; preferred, as AWS runs them side by side. */
        private int freshWorkers;
        /** Idle workers, oldest first, as the last events of the iterations they ran; made on first use. */
        private int[] idleWorkers;
        private int idleHead;
        private int idleCount;
        private int nextItem;
        private int running;
        /** Guards against starting iterations from inside an iteration that ended at once. */
        private boolean starting;
        /** Whether the rest of the items wait to be started from the loop's queue. */
        private boolean continuationPending;

        Iterations(MapNode node, Frame parent, JsonArray items, Json mapInput, int limit) {
            super(parent, items.size());
            this.node = node;
            this.items = items;
            this.mapInput = mapInput;
            this.limit = limit;
            this.startedEventId = parent.lastEventId;
            this.freshWorkers = limit == 0 ? items.size() : Math.min(limit, items.size());
        }

        void startMore() {
            if (starting) {
                return;
            }
            starting = true;
            while (live() && nextItem < items.size() && (limit == 0 || running < limit)) {
                // Starting an item is a step of the slice too: a Map of a hundred thousand items
                // starts them a slice at a time, not in one turn of the loop.
                if (!parent.execution.spendTransition()) {
                    continueStartingLater();
                    break;
                }
                start(nextItem++);
            }
            starting = false;
        }

        private void continueStartingLater() {
            if (continuationPending) {
                return;
            }
            continuationPending = true;
            parent.execution.continueLater(() -> {
                continuationPending = false;
                if (live()) {
                    parent.resume(frame -> {
                        startMore();
                        return null;
                    });
                }
            });
        }

        private void start(int index) {
            Json item = items.get(index);
            Json input = item;
            if (node.itemSelector != null) {
                parent.showMapItem(index, item);
                input = node.itemSelector.evaluate(mapInput, parent);
                parent.showMapItem(-1, null);
                if (input == null) {
                    failed(null, parent.evaluationFailure());
                    return;
                }
            }
            int started = parent.eventAfter(takeWorker(), EventType.MapIterationStarted, node.name, null, null, null,
                    index);
            running++;
            Frame iteration = new Frame(parent.execution, this, index, input, started);
            frames[index] = iteration;
            iteration.runFrom(node.processor);
        }

        /** @return the event the next iteration's MapIterationStarted follows */
        private int takeWorker() {
            if (freshWorkers > 0) {
                freshWorkers--;
                return startedEventId;
            }
            int lastEventId = idleWorkers[idleHead];
            idleHead = (idleHead + 1) % idleWorkers.length;
            idleCount--;
            return lastEventId;
        }

        private void releaseWorker(int lastEventId) {
            if (idleWorkers == null) {
                idleWorkers = new int[Math.min(limit, items.size())];
            }
            idleWorkers[(idleHead + idleCount) % idleWorkers.length] = lastEventId;
            idleCount++;
        }

        @Override
        int onChildSucceeded(Frame child) {
            return parent.eventAfter(child.lastEventId, EventType.MapIterationSucceeded, node.name, null, null, null,
                    child.slot);
        }

        @Override
        void onChildEnded(Frame child) {
            running--;
            // Without MaxConcurrency every item has a worker of its own, so none is ever reused.
            if (limit != 0 && nextItem < items.size()) {
                releaseWorker(child.lastEventId);
            }
            startMore();
        }

        @Override
        void onChildFailed(Frame child, int failedEventId) {
            if (child != null) {
                parent.eventAfter(failedEventId, EventType.MapIterationFailed, node.name, null, null, null, child.slot);
            }
        }

        @Override
        void onChildAborted(Frame child, int failedEventId) {
            parent.eventAfter(failedEventId, EventType.MapIterationAborted, node.name, null, null, null, child.slot);
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
