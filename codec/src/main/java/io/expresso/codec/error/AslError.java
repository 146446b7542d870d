package io.expresso.codec.error;

import io.expresso.codec.json.Json;
import java.util.Objects;

/**
 * An error raised while running a workflow, as a value: the AWS error name and its cause text.
 *
 * <p>Errors travel as values on the execution path; exceptions are kept for bugs. The cause is
 * the text AWS would produce after any {@code "An error occurred while executing the state …"}
 * prefix, which the runtime adds because only it knows the state and event id.
 */
public final class AslError {

    /**
     * Not retriable, not catchable: path and intrinsic failures
     * (docs/semantics/data-flow.md#path-failures-are-statesruntime).
     */
    public static final String RUNTIME = "States.Runtime";
    public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
    public static final String TASK_FAILED = "States.TaskFailed";
    public static final String TIMEOUT = "States.Timeout";
    public static final String DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded";
    public static final String ALL = "States.ALL";

    private static final String TOO_DEEP_CAUSE =
            "The value would nest objects and arrays more than " + Json.MAX_DEPTH + " levels deep";

    private final String name;
    private final String cause;

    private AslError(String name, String cause) {
        this.name = Objects.requireNonNull(name, "name");
        this.cause = cause;
    }

    /** @param cause may be {@code null} where AWS gives no cause */
    public static AslError of(String name, String cause) {
        return new AslError(name, cause);
    }

    public static AslError runtime(String cause) {
        return new AslError(RUNTIME, cause);
    }

    /**
     * @return the failure of a step whose value would nest objects and arrays deeper than
     *     {@link Json#MAX_DEPTH}. AWS's answer is not recorded; its Java front most likely fails
     *     to read such a value back (Jackson's default nesting limit is the same), a runtime error.
     */
    public static AslError tooDeep() {
        return new AslError(RUNTIME, TOO_DEEP_CAUSE);
    }

    public String name() {
        return name;
    }

    /** @return the cause text, or {@code null} when there is none */
    public String cause() {
        return cause;
    }

    /** @return this error with its cause behind {@code prefix} */
    public AslError withCausePrefix(String prefix) {
        return new AslError(name, cause == null ? prefix : prefix + cause);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof AslError)) {
            return false;
        }
        AslError that = (AslError) other;
        return name.equals(that.name) && Objects.equals(cause, that.cause);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Objects.hashCode(cause);
    }

    @Override
    public String toString() {
        return cause == null ? name : name + ": " + cause;
    }
}
