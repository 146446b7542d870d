package io.expresso.runtime.asl;

/** One state of a definition; each type is its own record. */
public sealed interface State
        permits PassState, TaskState, ChoiceState, WaitState, SucceedState, FailState, ParallelState, MapState {

    /** @return the state's name (its key in {@code States}) */
    String name();

    /** @return the {@code Comment}, or {@code null} */
    String comment();

    /** @return which of the eight types this state is */
    StateType type();
}
