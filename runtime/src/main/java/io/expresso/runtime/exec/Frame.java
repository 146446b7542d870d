package io.expresso.runtime.exec;

import io.expresso.codec.error.AslError;
import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.observe.EventType;

/**
 * One thread of control inside an execution: the top level, one Parallel branch or one Map
 * iteration. A frame lives on its execution's event loop and is touched by no other thread, so it
 * needs no synchronisation; it is also the {@link EvalScope} that compiled expressions read
 * {@code $$} from and report failures to.
 */
final class Frame extends EvalScope {

    private static final JsonObject.Shape MAP_ITEM = JsonObject.Shape.of("Index", "Value");

    final Execution execution;
    /** Who hears of this frame's end; {@code null} for the top level. */
    private final FrameJoin join;
    /** Position in the parent's result array. */
    final int slot;

    /** The raw input of the current state, or the frame's output once it has ended. */
    Json input;
    StateNode state;
    int enteredEventId;
    /** The id of this frame's latest event, which its next event names as the previous one. */
    int lastEventId;
    long enteredTimeMillis;
    /** When a timed state was entered ({@link StateNode#timed()}), for its duration metric. */
    private long enteredNanos;
    /** Retries made in the current state visit ({@code $$.State.RetryCount}). */
    int retryCount;
    /** Attempts per retrier in the current visit, made on the first retry only. */
    int[] retrierAttempts;
    /** Set while an ItemSelector is evaluated for one item, so {@code $$.Map} can be shown. */
    int mapItemIndex = -1;
    Json mapItemValue;
    /** {@code $$.Map.Item} of the current item, made on first use. */
    private Json mapItemObject;
    /** Shows {@code $$.Map} for the item at {@code index} while its ItemSelector is evaluated; -1 hides it. */
    void showMapItem(int index, Json value) {
        mapItemIndex = index;
        mapItemValue = value;
        mapItemObject = null;
    }

    /** Bumped whenever pending callbacks (tasks, timers) of this frame become stale. */
    int generation;
    boolean ended;
    /** The frame stopped between two states for its execution's slice to end; it is not waiting. */
    private boolean yielded;
    private Json contextObject;
    /** The pending Wait or retry timer, cancelled if the frame stops first so it does not pin memory. */
    private io.netty.util.concurrent.ScheduledFuture<?> timer;
    /** The Task attempt this frame is suspended on, given up if the frame stops first. */
    TaskAttempt pendingTask;
    /** The children of the Parallel or Map state this frame is suspended on. */
    ChildFrames children;

    /** @param previousEventId the event that started this frame (0 for the top level) */
    Frame(Execution execution, FrameJoin join, int slot, Json input, int previousEventId) {
        this.execution = execution;
        this.join = join;
        this.slot = slot;
        this.input = input;
        this.lastEventId = previousEventId;
    }

    /**
     * Enters {@code next} and runs states one after another until the frame suspends, ends, or
     * its execution has used up the current slice of the loop; then the frame yields and goes on
     * from the loop's queue, behind the timers, I/O and executions that were waiting.
     */
    void runFrom(StateNode next) {
        // One clock read per run of states, refreshed every 64 entries: states entered in one
        // synchronous run are microseconds apart, well inside the milliseconds AWS shows.
        long now = execution.clock();
        int entered = 0;
        while (next != null && !ended && !execution.finished) {
            if (!execution.spendTransition()) {
                yieldAt(next);
                return;
            }
            if ((++entered & 63) == 0) {
                now = execution.clock();
            }
            enter(next, now);
            next = next.run(this);
        }
    }

    /**
     * Runs one piece of this frame's work that came from the loop's queue (a timer, a task's
     * outcome, a continuation): the execution gets a fresh slice, and anything the work throws
     * fails the execution instead of escaping into the loop.
     */
    void resume(Resumption work) {
        execution.openSlice();
        try {
            runFrom(work.next(this));
        } catch (Throwable failure) {
            execution.crash(this, failure);
        }
    }

    /** Work that resumes a suspended frame, and says which state the frame enters next. */
    interface Resumption {
        /** @return the state to enter next, or {@code null} when the frame suspended again or ended */
        StateNode next(Frame frame);
    }

    /** Gives the loop back before entering {@code next}, and enters it from the loop's queue. */
    private void yieldAt(StateNode next) {
        yielded = true;
        int expected = generation;
        execution.continueLater(() -> resume(frame -> {
            if (generation != expected || !live()) {
                return null;
            }
            yielded = false;
            return next;
        }));
    }

    private void enter(StateNode next, long now) {
        state = next;
        execution.machine.metrics().stateEntered(next.index);
        if (next.timed()) {
            enteredNanos = System.nanoTime();
        }
        enteredEventId = event(next.entered, next.name, input, null, null, 0);
        enteredTimeMillis = now;
        retryCount = 0;
        retrierAttempts = null;
        contextObject = null;
    }

    /**
     * Numbers one history event of this frame and logs it if the machine's level keeps it. Events
     * of a frame chain through {@code previous_event_id}; a child frame's chain starts at the
     * event that started it.
     *
     * @return the event's id
     */
    int event(EventType type, Object subject, Object data, String error, String cause, int number) {
        int id = eventAfter(lastEventId, type, subject, data, error, cause, number);
        lastEventId = id;
        return id;
    }

    int event(EventType type) {
        return event(type, null, null, null, null, 0);
    }

    /**
     * Numbers and logs an event that names {@code previousEventId} as its previous one without
     * becoming the frame's latest: AWS keeps events such as MapIterationSucceeded, MapStateSucceeded
     * and the aborted events of stopped siblings off the chain the next event extends.
     *
     * @return the event's id
     */
    int eventAfter(int previousEventId, EventType type, Object subject, Object data, String error, String cause,
            int number) {
        int id = execution.nextEventId();
        execution.log(type, id, previousEventId, number, subject, data, error, cause);
        return id;
    }

    void eventAfter(int previousEventId, EventType type) {
        eventAfter(previousEventId, type, null, null, null, null, 0);
    }

    /** The frame's next event follows {@code eventId}, the event its children's chains ended with. */
    void continueFrom(int eventId) {
        lastEventId = eventId;
    }

    /**
     * The current state exits with {@code output}: to {@code next}, or, when it has none (End),
     * the frame ends with that output.
     *
     * @return the state to enter next, or {@code null} when the frame ended
     */
    StateNode exitTo(StateNode next, Json output) {
        if (state.timed()) {
            execution.machine.metrics().stateFinished(state.index, System.nanoTime() - enteredNanos, false);
        }
        return leave(next, output);
    }

    /**
     * Logs the exit and moves on, or ends the frame when there is no next state. A probe's state
     * ends the probe as it leaves, naming where it would have gone.
     */
    private StateNode leave(StateNode next, Json output) {
        event(state.exited, state.name, output, null, null, 0);
        if (next == null) {
            succeed(output);
            return null;
        }
        StateProbe probe = execution.probe;
        if (probe != null && join == null) {
            probe.leftTo(next);
            succeed(output);
            return null;
        }
        input = output;
        return next;
    }

    /** The frame's last state ended it successfully with {@code output}. */
    void succeed(Json output) {
        ended = true;
        input = output;
        if (join == null) {
            execution.succeed(output);
        } else {
            join.succeeded(this, output);
        }
    }

    /** The frame ends with an error nothing inside it caught. */
    void terminate(AslError error) {
        ended = true;
        generation++;
        if (join == null) {
            execution.fail(error);
        } else {
            join.failed(this, error);
        }
    }

    /**
     * Stops this still-running frame because a sibling failed, and logs what it was doing as AWS
     * does: the aborted events of its own children first (depth first, in slot order), then the
     * aborted event of the state it waits in. Only Task, Wait, Parallel and Map states wait, and
     * a frame that is not running synchronously is waiting, so that state has an aborted event.
     *
     * @param failedEventId the last event of the failed sibling, which AWS names as the previous
     *     event of every aborted event the failure causes
     */
    void abort(int failedEventId) {
        ended = true;
        generation++;
        if (children != null) {
            children.abortRunning(null, failedEventId);
        }
        // A frame stopped between two states, waiting only for its turn on the loop, has no
        // state to abort: the last one it ran has already exited.
        if (!yielded) {
            eventAfter(failedEventId, state.aborted);
        }
        cancelOwnPending();
    }

    /**
     * Resumes the frame with {@code work} on the loop after {@code delayMillis}; {@code work}
     * checks that the frame still waits for it.
     */
    void schedule(Resumption work, long delayMillis) {
        timer = execution.loop.schedule(() -> {
            timer = null;
            resume(work);
        }, delayMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /**
     * Cancels this frame's timer, task and its children's, when its execution stops early. AWS
     * logs no aborted events for the states still running then, only the execution's end.
     */
    void cancelPending() {
        cancelOwnPending();
        if (children != null) {
            for (Frame child : children.frames) {
                if (child != null) {
                    child.cancelPending();
                }
            }
        }
    }

    private void cancelOwnPending() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
        if (pendingTask != null) {
            TaskAttempt task = pendingTask;
            pendingTask = null;
            task.abandon();
        }
    }

    /** @return whether this frame, its parents and its execution are all still running */
    boolean live() {
        return !ended && !execution.finished && (join == null || join.live());
    }

    /** Reports a step's value to the probe's inspector; costs a null check outside TestState. */
    void inspect(InspectionStep step, Json value) {
        StateProbe probe = execution.probe;
        if (probe != null) {
            probe.inspect(step, value);
        }
    }

    /**
     * @return the failure recorded by the last evaluation, its cause behind AWS's
     *     {@code An error occurred while executing the state 'S' (entered at the event id #n). }
     */
    AslError evaluationFailure() {
        return takeFailure().withCausePrefix(causePrefix());
    }

    String causePrefix() {
        // TestState's causes name no event: its state runs outside any history.
        if (execution.probe != null) {
            return "";
        }
        return "An error occurred while executing the state '" + state.name
                + "' (entered at the event id #" + enteredEventId + "). ";
    }

    /**
     * The current state's work failed with {@code error}: retry it, catch it, or end the frame,
     * as the state's policy says (docs/semantics/errors-and-retries.md).
     *
     * @return the catcher's target, or {@code null} when a retry is scheduled or the frame ended
     */
    StateNode recover(RetryingState current, AslError error) {
        return recover(current, error, null);
    }

    /**
     * Like {@link #recover(RetryingState, AslError)}, logging {@code givenUp} (MapStateFailed,
     * ParallelStateFailed) once no retry is left: AWS logs it before the catcher or the frame's
     * end, never before a retry.
     *
     * @param givenUp the event that says the state failed, or {@code null} for none
     */
    StateNode recover(RetryingState current, AslError error, EventType givenUp) {
        ErrorPolicy policy = current.errorPolicy();
        String name = error.name();
        int r = policy.retrierFor(name);
        if (r >= 0) {
            Retrier retrier = policy.retriers[r];
            StateProbe probe = execution.probe;
            if (probe != null && join == null) {
                // A probe does not wait for the retry: it says which retrier would make it, and when.
                if (probe.retryCount() < retrier.maxAttempts()) {
                    probe.retriable(r, retrier.backoffSeconds(probe.retryCount()));
                    return failState(error);
                }
            } else {
                if (retrierAttempts == null) {
                    retrierAttempts = new int[policy.retriers.length];
                }
                int attempt = retrierAttempts[r];
                if (attempt < retrier.maxAttempts()) {
                    retrierAttempts[r] = attempt + 1;
                    scheduleRetry(current, execution.engine.scaledMillis(retrier.delayMillis(attempt)));
                    return null;
                }
            }
        }
        if (givenUp != null) {
            event(givenUp);
        }
        int c = policy.catcherFor(name);
        if (c < 0) {
            return failState(error);
        }
        Catcher catcher = policy.catchers[c];
        Json errorOutput = JsonObject.builder(2)
                .add("Error", JsonString.of(name))
                .add("Cause", JsonString.of(error.cause() == null ? "" : error.cause()))
                .build();
        Json output = catcher.resultPath.write(input, errorOutput, this);
        if (output == null) {
            return failState(evaluationFailure());
        }
        recordFailedVisit();
        if (execution.probe != null && join == null) {
            execution.probe.caught(c, error);
        }
        return leave(catcher.next, output);
    }

    private void scheduleRetry(RetryingState current, long delayMillis) {
        int expected = ++generation;
        retryCount++;
        contextObject = null;
        schedule(frame -> generation == expected && live() ? current.attempt(frame) : null, delayMillis);
    }

    /** Counts the current state's visit as ended by an error, caught or not. */
    private void recordFailedVisit() {
        long duration = state.timed() ? System.nanoTime() - enteredNanos : 0;
        execution.machine.metrics().stateFinished(state.index, duration, true);
    }

    /** Fails the current state with an error the state itself raised (never caught here). */
    StateNode failState(AslError error) {
        recordFailedVisit();
        terminate(error);
        return null;
    }

    @Override
    public Json contextObject() {
        if (execution.probe != null) {
            return execution.probe.context();
        }
        Json context = contextObject;
        if (context == null || mapItemIndex >= 0) {
            context = buildContextObject();
            if (mapItemIndex < 0) {
                contextObject = context;
            }
        }
        return context;
    }

    /**
     * Answers the members paths ask for most without building the context object: the execution
     * input, the state name and the current Map item are at hand already.
     */
    @Override
    public Json contextMember(String member, String child) {
        StateProbe probe = execution.probe;
        if (probe != null) {
            return probe.context().get(member) instanceof JsonObject given ? given.get(child) : null;
        }
        switch (member) {
            case "Execution":
                return "Input".equals(child) ? execution.input() : execution.contextExecution().get(child);
            case "State":
                return "Name".equals(child) ? state.nameJson : stateObject().get(child);
            case "Map":
                return mapItemIndex >= 0 && "Item".equals(child) ? mapItem() : null;
            case "StateMachine":
                return execution.contextStateMachine().get(child);
            default:
                return null;
        }
    }

    @Override
    public Json variable(String name) {
        StateProbe probe = execution.probe;
        return probe == null ? null : probe.variable(name);
    }

    private Json buildContextObject() {
        JsonObject.Builder context = JsonObject.builder(4)
                .add("Execution", execution.contextExecution())
                .add("StateMachine", execution.contextStateMachine())
                .add("State", stateObject());
        if (mapItemIndex >= 0) {
            context.add("Map", JsonObject.of("Item", mapItem()));
        }
        return context.build();
    }

    private JsonObject stateObject() {
        JsonObject.Builder stateObject = JsonObject.builder(3)
                .add("Name", state.nameJson)
                .add("EnteredTime", JsonString.of(Timestamps.format(enteredTimeMillis)));
        if (state instanceof RetryingState) {
            stateObject.add("RetryCount", JsonNumber.of(retryCount));
        }
        return stateObject.build();
    }

    /** {@code $$.Map.Item} for the item whose ItemSelector is being evaluated, made once per item. */
    private Json mapItem() {
        if (mapItemObject == null) {
            mapItemObject = JsonObject.of(MAP_ITEM, new Json[] {JsonNumber.of(mapItemIndex), mapItemValue});
        }
        return mapItemObject;
    }
}
