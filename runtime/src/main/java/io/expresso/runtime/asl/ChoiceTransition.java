package io.expresso.runtime.asl;

/**
 * A top-level element of {@code Choices}: a rule and the state to go to when it holds.
 *
 * @param rule    the condition
 * @param next    the {@code Next} state
 * @param comment the rule's {@code Comment}, or {@code null}
 */
public record ChoiceTransition(ChoiceRule rule, String next, String comment) {
}
