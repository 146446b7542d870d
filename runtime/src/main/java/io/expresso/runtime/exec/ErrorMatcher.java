package io.expresso.runtime.exec;

import io.expresso.codec.error.AslError;
import java.util.Set;

/**
 * A retrier's or catcher's {@code ErrorEquals}, with AWS's wildcards
 * (docs/semantics/errors-and-retries.md#error-names-and-matching).
 */
public final class ErrorMatcher {

    /**
     * The {@code States.*} names that {@code States.TaskFailed} covers besides user errors (our
     * choice, docs/semantics/errors-and-retries.md#error-names-and-matching).
     */
    private static final Set<String> TASK_ERRORS = Set.of(
            AslError.TASK_FAILED, "States.Permissions", "States.HeartbeatTimeout", AslError.DATA_LIMIT_EXCEEDED);

    private final Set<String> names;
    private final boolean all;
    private final boolean taskFailed;

    public ErrorMatcher(Set<String> names) {
        this.names = Set.copyOf(names);
        this.all = names.contains(AslError.ALL);
        this.taskFailed = names.contains(AslError.TASK_FAILED);
    }

    /** {@code States.Runtime} never matches, even when named (recorded). */
    boolean matches(String error) {
        if (AslError.RUNTIME.equals(error)) {
            return false;
        }
        if (all || names.contains(error)) {
            return true;
        }
        return taskFailed && (!error.startsWith("States.") || TASK_ERRORS.contains(error));
    }
}
