package io.expresso.runtime.observe;

/**
 * The history event types an Express execution produces, with the least verbose log level that
 * keeps each (docs/semantics/logging.md#log-levels). The constant's name is the type AWS writes in {@code "type"}.
 */
public enum EventType {
    ExecutionStarted(LogLevel.ALL),
    ExecutionSucceeded(LogLevel.ALL),
    ExecutionFailed(LogLevel.FATAL),
    ExecutionTimedOut(LogLevel.FATAL),
    ExecutionAborted(LogLevel.FATAL),

    PassStateEntered(LogLevel.ALL),
    PassStateExited(LogLevel.ALL),
    TaskStateEntered(LogLevel.ALL),
    TaskStateExited(LogLevel.ALL),
    ChoiceStateEntered(LogLevel.ALL),
    ChoiceStateExited(LogLevel.ALL),
    WaitStateEntered(LogLevel.ALL),
    WaitStateExited(LogLevel.ALL),
    SucceedStateEntered(LogLevel.ALL),
    SucceedStateExited(LogLevel.ALL),
    FailStateEntered(LogLevel.ERROR),
    ParallelStateEntered(LogLevel.ALL),
    ParallelStateExited(LogLevel.ALL),
    MapStateEntered(LogLevel.ALL),
    MapStateExited(LogLevel.ALL),

    TaskScheduled(LogLevel.ALL),
    TaskStarted(LogLevel.ALL),
    TaskSucceeded(LogLevel.ALL),
    TaskFailed(LogLevel.ERROR),
    TaskTimedOut(LogLevel.ERROR),
    TaskStateAborted(LogLevel.ERROR),
    LambdaFunctionScheduled(LogLevel.ALL),
    LambdaFunctionStarted(LogLevel.ALL),
    LambdaFunctionSucceeded(LogLevel.ALL),
    LambdaFunctionFailed(LogLevel.ERROR),
    LambdaFunctionTimedOut(LogLevel.ERROR),

    ParallelStateStarted(LogLevel.ALL),
    ParallelStateSucceeded(LogLevel.ALL),
    ParallelStateFailed(LogLevel.ERROR),
    ParallelStateAborted(LogLevel.ERROR),
    MapStateStarted(LogLevel.ALL),
    MapStateSucceeded(LogLevel.ALL),
    MapStateFailed(LogLevel.ERROR),
    MapStateAborted(LogLevel.ERROR),
    MapIterationStarted(LogLevel.ALL),
    MapIterationSucceeded(LogLevel.ALL),
    MapIterationFailed(LogLevel.ERROR),
    MapIterationAborted(LogLevel.ERROR),
    WaitStateAborted(LogLevel.ERROR);

    private static final EventType[] VALUES = values();

    /** The least verbose level that still writes this event. */
    private final LogLevel quietestLevel;

    EventType(LogLevel quietestLevel) {
        this.quietestLevel = quietestLevel;
    }

    /** @return whether a machine logging at {@code level} writes this event */
    public boolean loggedAt(LogLevel level) {
        return level != LogLevel.OFF && level.ordinal() <= quietestLevel.ordinal();
    }

    static EventType ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
