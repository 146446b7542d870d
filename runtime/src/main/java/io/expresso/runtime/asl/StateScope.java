package io.expresso.runtime.asl;

import java.util.Map;

/**
 * A set of states with a start: the whole machine, a Parallel branch or a Map processor.
 * Transitions only reach states of the same scope.
 */
public interface StateScope {

    /** @return the name of the first state */
    String startAt();

    /** @return the states by name, in definition order */
    Map<String, State> states();
}
