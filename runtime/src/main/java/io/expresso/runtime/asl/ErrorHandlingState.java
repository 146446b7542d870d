package io.expresso.runtime.asl;

import java.util.List;

/** A state with {@code Retry} and {@code Catch}: Task, Parallel, Map. */
public interface ErrorHandlingState {

    /** @return the retriers in array order; empty when absent */
    List<Retrier> retry();

    /** @return the catchers in array order; empty when absent */
    List<Catcher> catchers();
}
