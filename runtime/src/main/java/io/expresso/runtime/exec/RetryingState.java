package io.expresso.runtime.exec;

/** A state with {@code Retry} and {@code Catch} (Task, Parallel, Map): its work can be run again. */
interface RetryingState {

    ErrorPolicy errorPolicy();

    /** Runs the state's work again, without entering the state again. */
    StateNode attempt(Frame frame);
}
