package io.expresso.runtime.exec;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.ExecutionStatus;
import io.expresso.runtime.observe.EventType;
import io.expresso.runtime.observe.ExecutionHistory;
import io.expresso.runtime.observe.ExecutionLog;
import io.expresso.runtime.observe.InternalErrorLog;
import io.expresso.runtime.observe.LogLevel;
import io.expresso.runtime.observe.LoggingConfiguration;
import io.expresso.runtime.task.ExchangeObserver;
import io.netty.channel.EventLoop;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * One run of a state machine. It belongs to one event loop from start to end: every field is
 * read and written on that loop only, and other threads reach it by enqueuing onto the loop.
 */
final class Execution implements Runnable {

    /** The closing event of each {@link ExecutionStatus}, by ordinal. */
    private static final EventType[] FINISHED = {EventType.ExecutionSucceeded, EventType.ExecutionFailed,
        EventType.ExecutionTimedOut, EventType.ExecutionAborted};

    static final String SHUTDOWN_CAUSE = "The runtime shut down before the execution ended.";
    private static final String TIMEOUT_CAUSE = "The execution exceeded the 5 minute limit for Express workflows.";

    /**
     * How many states an execution may enter, and Map iterations it may start, before it gives
     * its loop back. A state that does not wait takes well under a microsecond to a few
     * microseconds, so a slice stays around a millisecond; every workload that ends in fewer
     * steps never yields, and a loop that never ends lets timers, I/O and its neighbours run
     * between its slices, its own time limit among them.
     */
    static final int SLICE_TRANSITIONS = 1024;

    final Engine engine;
    final EventLoop loop;
    /** The executions running on the same loop. */
    final LoopExecutions neighbours;
    final CompiledMachine machine;
    private final ExecutionIdentity identity;
    private final Json input;
    private final boolean async;
    final CompletableFuture<ExecutionResult> completion;
    /** Every event, kept when the starter asked for the history; else {@code null}. */
    private final ExecutionHistory history;
    /** The MockConfigFile test case the execution was started with, or {@code null} when nothing is mocked. */
    final MockTestCase mocks;
    /** Invocations of each mocked Task so far, by node index; {@code null} when nothing is mocked. */
    private final int[] mockInvocations;
    /** Who watches the HTTP exchanges of its Tasks (TestState at TRACE), or {@code null}. */
    final ExchangeObserver exchangeObserver;
    /** What TestState asks of a run of one state, or {@code null} for every other execution. */
    final StateProbe probe;
    /** The log context, made when the first kept event is logged. */
    private ExecutionLog log;
    private long startMillis;
    private long startNanos;
    private int eventId;
    boolean finished;
    /** Set once the engine has counted the execution out, so that it happens only once. */
    private boolean released;
    /** Steps left in the current slice of the loop ({@link #SLICE_TRANSITIONS} when it opens). */
    private int sliceBudget;
    private Frame root;
    /** Set by {@link LoopExecutions}: when the time limit ends, and the queue that watches it. */
    long deadlineNanos;
    LoopExecutions.DeadlineQueue deadlineQueue;
    private JsonObject contextExecution;
    /** Links in the loop's list of running executions ({@link Engine.LoopExecutions}). */
    Execution nextOnLoop;
    Execution previousOnLoop;

    Execution(Engine engine, EventLoop loop, LoopExecutions neighbours, CompiledMachine machine,
            ExecutionIdentity identity, Json input, boolean async, boolean keepHistory, MockTestCase mocks,
            ExchangeObserver exchangeObserver, StateProbe probe, CompletableFuture<ExecutionResult> completion) {
        this.history = keepHistory ? new ExecutionHistory(new ExecutionLog(new LoggingConfiguration(LogLevel.ALL, true),
                machine.name(), machine.roleArn(), machine.region(), 0, identity::arn)) : null;
        this.mocks = mocks;
        this.mockInvocations = mocks == null ? null : new int[mocks.nodeCount()];
        this.exchangeObserver = probe == null ? exchangeObserver : probe.exchangeObserver();
        this.probe = probe;
        this.engine = engine;
        this.loop = loop;
        this.neighbours = neighbours;
        this.machine = machine;
        this.identity = identity;
        this.input = input;
        this.async = async;
        this.completion = completion;
    }

    /** Starts the execution; runs on its loop. */
    @Override
    public void run() {
        startMillis = clock();
        startNanos = System.nanoTime();
        machine.metrics().executionStarted();
        eventId = 1;
        openSlice();
        try {
            log(EventType.ExecutionStarted, 1, 0, 0, machine.roleArn(), input, null, null);
            root = new Frame(this, null, 0, input, 0);
            root.runFrom(machine.startAt());
        } catch (Throwable failure) {
            crash(root, failure);
        }
    }

    /** The execution's work goes on from the loop's queue: a new slice of the loop begins. */
    void openSlice() {
        sliceBudget = SLICE_TRANSITIONS;
    }

    /** @return whether the current slice allows one more step; {@code false} means yield now */
    boolean spendTransition() {
        return --sliceBudget >= 0;
    }

    /** Enqueues {@code continuation} behind the work already waiting on the loop. */
    void continueLater(Runnable continuation) {
        try {
            loop.execute(continuation);
        } catch (RejectedExecutionException stopped) {
            // The loop is going away with the runtime: end here rather than never.
            abort(SHUTDOWN_CAUSE);
        }
    }

    /**
     * Something the engine did not expect escaped this execution's work: the execution fails with
     * {@code States.Runtime}, its slot is released, and the failure is reported once off the loop.
     *
     * @param frame the frame that was running, or {@code null} before the first one existed
     */
    void crash(Frame frame, Throwable failure) {
        InternalErrorLog.report("execution " + identity.arn() + " (state machine " + machine.name() + ")", failure);
        if (!finished) {
            String where = frame == null || frame.state == null ? "" : frame.causePrefix();
            try {
                fail(AslError.runtime(where + CrashCause.describe(failure)));
            } catch (Throwable again) {
                // Ending it failed too (its slot is released all the same): say so, and go no further.
                InternalErrorLog.report("ending execution " + identity.arn() + " after a failure", again);
            }
        }
    }

    /**
     * @return the zero-based number of this invocation of the mocked Task at {@code nodeIndex}
     * (docs/semantics/mocks.md#invocation-numbers)
     */
    int nextMockInvocation(int nodeIndex) {
        return mockInvocations[nodeIndex]++;
    }

    Json input() {
        return input;
    }

    String arn() {
        return identity.arn();
    }

    /** @return whether this execution's ARN is {@code arn}, without making an ARN that was never asked for */
    boolean hasArn(String arn) {
        return identity.hasArn(arn);
    }

    /** Logs one event when the machine's level keeps it; costs a null check when logging is off. */
    void log(EventType type, int id, int previousId, int number, Object subject, Object data, String error,
            String cause) {
        if (history != null) {
            history.add(type, id, previousId, clock(), number, subject, data, error, cause);
        }
        LoggingConfiguration logging = machine.logging();
        if (logging.level() == LogLevel.OFF || !type.loggedAt(logging.level())) {
            return;
        }
        ExecutionLog executionLog = log;
        if (executionLog == null) {
            // Made on the first event kept: at ERROR, an execution that succeeds never makes one.
            executionLog = new ExecutionLog(logging, machine.name(), machine.roleArn(), machine.region(), startMillis,
                    identity::arn);
            log = executionLog;
        }
        neighbours.logRing().offer(type, executionLog, id, previousId, clock(), number, subject, data, error, cause);
    }

    int nextEventId() {
        return ++eventId;
    }

    long clock() {
        return System.currentTimeMillis();
    }

    JsonObject contextExecution() {
        if (contextExecution == null) {
            JsonObject.Builder execution = JsonObject.builder(6)
                    .add("Id", JsonString.of(identity.arn()))
                    .add("Input", input)
                    .add("Name", JsonString.of(identity.name()))
                    .add("RoleArn", JsonString.of(machine.roleArn()))
                    .add("StartTime", JsonString.of(Timestamps.format(startMillis)));
            if (async) {
                // AWS shows RedriveCount only to asynchronous Express executions
                // (docs/semantics/data-flow.md#the-context-object).
                execution.add("RedriveCount", JsonNumber.of(0));
            }
            contextExecution = execution.build();
        }
        return contextExecution;
    }

    JsonObject contextStateMachine() {
        return machine.contextStateMachine();
    }

    void succeed(Json output) {
        finish(ExecutionStatus.SUCCEEDED, output, null, null);
    }

    void fail(AslError error) {
        finish(ExecutionStatus.FAILED, null, error.name().isEmpty() ? null : error.name(), error.cause());
    }

    void timeOut() {
        finish(ExecutionStatus.TIMED_OUT, null, AslError.TIMEOUT, TIMEOUT_CAUSE);
    }

    /** Ends a still-running execution because it, or the runtime, was stopped. */
    void abort(String cause) {
        finish(ExecutionStatus.ABORTED, null, "States.Aborted", cause);
    }

    private void finish(ExecutionStatus status, Json output, String error, String cause) {
        if (finished) {
            return;
        }
        finished = true;
        try {
            // A stopped run's ExecutionAborted names no previous event in AWS's histories (StopExecution).
            int previousEventId = root == null || status == ExecutionStatus.ABORTED ? 0 : root.lastEventId;
            log(FINISHED[status.ordinal()], nextEventId(), previousEventId, 0, null, output, error, cause);
            if (root != null) {
                root.cancelPending();
            }
            machine.metrics().executionFinished(status, System.nanoTime() - startNanos);
        } finally {
            // Whatever failed above, the slot is given back and the caller answered.
            release();
            completion.complete(new ExecutionResult(identity, machine.arn(), status, input, output, error, cause,
                    startMillis, clock(), history));
        }
    }

    private void release() {
        if (!released) {
            released = true;
            engine.released(this);
        }
    }
}
