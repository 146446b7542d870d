package io.expresso.runtime.asl;

import java.util.Map;

/**
 * The per-item workflow of a Map state, from {@code ItemProcessor} or the legacy {@code Iterator}
 * (which means {@link ProcessorMode#INLINE}).
 *
 * @param comment the {@code Comment}, or {@code null}
 * @param startAt the first state of each iteration
 * @param states  the processor's states by name, in definition order
 * @param mode    {@code ProcessorConfig.Mode}, {@link ProcessorMode#INLINE} when absent
 */
public record ItemProcessor(String comment, String startAt, Map<String, State> states, ProcessorMode mode)
        implements StateScope {

    public ItemProcessor {
        states = Scopes.freeze(states);
    }
}
