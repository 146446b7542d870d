package io.expresso.runtime.asl;

import java.util.Map;

/**
 * A validated state machine definition.
 *
 * @param comment        the {@code Comment}, or {@code null}
 * @param startAt        the first state
 * @param states         the top-level states by name, in definition order
 * @param timeoutSeconds the whole-execution limit, or {@code null} when absent
 * @param version        the {@code Version}, {@code "1.0"} when absent
 * @param queryLanguage  the default query language of every state
 */
public record StateMachineDefinition(String comment, String startAt, Map<String, State> states,
                                     Integer timeoutSeconds, String version, QueryLanguage queryLanguage)
        implements StateScope {

    public StateMachineDefinition {
        states = Scopes.freeze(states);
    }
}
