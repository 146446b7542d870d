package io.expresso.runtime.asl;

/** The diagnostic codes of AWS's {@code ValidateStateMachineDefinition}, as far as Expresso reports them. */
public enum DiagnosticCode {
    /** The definition is not JSON. */
    INVALID_JSON_DESCRIPTION,
    /** A field is missing, unknown, of the wrong type or out of range; also the Express restrictions. */
    SCHEMA_VALIDATION_FAILED,
    /** A transition names a state that is not in its scope, or a state cannot be reached. */
    MISSING_TRANSITION_TARGET,
    /** A scope has no terminal state. */
    MISSING_END_STATE,
    /** A state name is used twice anywhere in the definition. */
    DUPLICATE_STATE_NAME,
    /** Parallel and Map states, or Choice rules, nested deeper than Expresso allows. */
    TOO_DEEPLY_NESTED,
    /** A state name is empty, too long or holds control characters. */
    INVALID_STATE_NAME,
    /** Warning: a template field holds a path but its name lacks the {@code .$} suffix. */
    NO_DOLLAR,
    /** Warning: a Pass {@code Result} holds {@code .$} fields, which are not evaluated. */
    PASS_RESULT_IS_STATIC
}
