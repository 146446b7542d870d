package io.expresso.runtime.asl;

import java.util.Map;

/**
 * One branch of a Parallel state: a scope of its own.
 *
 * @param comment the {@code Comment}, or {@code null}
 * @param startAt the first state of the branch
 * @param states  the branch's states by name, in definition order
 */
public record Branch(String comment, String startAt, Map<String, State> states) implements StateScope {

    public Branch {
        states = Scopes.freeze(states);
    }
}
