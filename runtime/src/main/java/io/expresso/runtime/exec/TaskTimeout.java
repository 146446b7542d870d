package io.expresso.runtime.exec;

import io.expresso.codec.error.AslError;
import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.path.PathExpression;

/** A Task's {@code TimeoutSeconds} / {@code HeartbeatSeconds}, or their {@code …Path} forms. */
public abstract class TaskTimeout {

    /** No task timeout: only the execution's own limit applies. */
    public static final TaskTimeout NONE = new Fixed(0);

    TaskTimeout() {
    }

    public static TaskTimeout seconds(long seconds) {
        return new Fixed(seconds * 1000);
    }

    /** @param field {@code TimeoutSecondsPath} or {@code HeartbeatSecondsPath}, for the failure text */
    public static TaskTimeout path(PathExpression path, String field) {
        return new FromPath(path, field);
    }

    /** @return the timeout in milliseconds, 0 for none, or -1 after recording a failure */
    abstract long millis(Json effectiveInput, EvalScope scope);

    private static final class Fixed extends TaskTimeout {
        private final long millis;

        Fixed(long millis) {
            this.millis = millis;
        }

        @Override
        long millis(Json effectiveInput, EvalScope scope) {
            return millis;
        }
    }

    private static final class FromPath extends TaskTimeout {
        private final PathExpression path;
        private final String field;

        FromPath(PathExpression path, String field) {
            this.path = path;
            this.field = field;
        }

        @Override
        long millis(Json effectiveInput, EvalScope scope) {
            Json value = path.evaluate(effectiveInput, scope);
            if (value == null) {
                scope.fail(AslError.runtime(path.invalidPathCause(effectiveInput, scope)));
                return -1;
            }
            if (!(value instanceof JsonNumber) || !((JsonNumber) value).isLong() || ((JsonNumber) value).longValue() < 1) {
                // Unrecorded on AWS; worded like the recorded MaxConcurrencyPath case
                // (docs/semantics/parallel-and-map.md#map).
                scope.fail(AslError.runtime("The " + field + " field refers to value \"" + value
                        + "\" which is not a valid positive integer: " + path.text()));
                return -1;
            }
            return ((JsonNumber) value).longValue() * 1000;
        }
    }
}
