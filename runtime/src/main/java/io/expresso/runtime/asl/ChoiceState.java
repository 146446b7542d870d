package io.expresso.runtime.asl;

import java.util.List;

/**
 * A Choice state.
 *
 * @param choices       the top-level rules, in evaluation order, non-empty
 * @param defaultTarget the {@code Default} state, or {@code null}
 */
public record ChoiceState(String name, String comment, String inputPath, String outputPath,
                          List<ChoiceTransition> choices, String defaultTarget) implements State {

    public ChoiceState {
        choices = List.copyOf(choices);
    }

    @Override
    public StateType type() {
        return StateType.CHOICE;
    }
}
