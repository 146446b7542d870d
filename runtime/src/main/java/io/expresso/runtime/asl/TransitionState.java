package io.expresso.runtime.asl;

/** A state that goes on to {@code Next} or ends the scope with {@code "End": true}: Pass, Task, Wait, Parallel, Map. */
public interface TransitionState {

    /** @return the {@code Next} state, or {@code null} when the state is an end state */
    String next();

    /** @return whether this state ends its scope ({@code "End": true}) */
    default boolean isEnd() {
        return next() == null;
    }
}
