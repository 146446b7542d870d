package io.expresso.runtime.asl;

import io.expresso.codec.json.Json;

/**
 * A Pass state.
 *
 * @param parameters the {@code Parameters} template (any JSON value), or {@code null}
 * @param result     the literal {@code Result} (not a template), or {@code null} when absent
 * @param next       the {@code Next} state, or {@code null} for an end state
 */
public record PassState(String name, String comment, String inputPath, String outputPath, Json parameters,
                        Json result, String resultPath, String next) implements State, TransitionState {

    @Override
    public StateType type() {
        return StateType.PASS;
    }
}
