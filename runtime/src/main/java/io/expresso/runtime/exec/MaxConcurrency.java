package io.expresso.runtime.exec;

import io.expresso.codec.error.AslError;
import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.path.PathExpression;

/** A Map's {@code MaxConcurrency} or {@code MaxConcurrencyPath}; 0 means no limit. */
public abstract class MaxConcurrency {

    public static final MaxConcurrency UNLIMITED = new Fixed(0);

    MaxConcurrency() {
    }

    public static MaxConcurrency of(int limit) {
        return limit == 0 ? UNLIMITED : new Fixed(limit);
    }

    public static MaxConcurrency path(PathExpression path) {
        return new FromPath(path);
    }

    /** @return the limit, 0 for none, or -1 after recording a failure */
    abstract int resolve(Json effectiveInput, EvalScope scope);

    private static final class Fixed extends MaxConcurrency {
        private final int limit;

        Fixed(int limit) {
            this.limit = limit;
        }

        @Override
        int resolve(Json effectiveInput, EvalScope scope) {
            return limit;
        }
    }

    private static final class FromPath extends MaxConcurrency {
        private final PathExpression path;

        FromPath(PathExpression path) {
            this.path = path;
        }

        @Override
        int resolve(Json effectiveInput, EvalScope scope) {
            Json value = path.evaluate(effectiveInput, scope);
            if (value instanceof JsonNumber && ((JsonNumber) value).isLong()) {
                long limit = ((JsonNumber) value).longValue();
                if (limit >= 0 && limit <= Integer.MAX_VALUE) {
                    return (int) limit;
                }
            }
            String shown = value == null ? "null" : value instanceof JsonString ? ((JsonString) value).value() : value.toString();
            scope.fail(AslError.runtime("The MaxConcurrencyPath field refers to value \"" + shown
                    + "\" which is not a valid integer: " + path.text()));
            return -1;
        }
    }
}
