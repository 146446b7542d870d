package io.expresso.runtime.exec;

import io.expresso.codec.error.AslError;
import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.path.PathExpression;

/** {@code InputPath} or {@code OutputPath}: narrows a value to what a path selects. */
public abstract class PathFilter {

    /** Absent or {@code "$"}: the value as it is. */
    public static final PathFilter WHOLE = new Whole();
    /** {@code null}: an empty object (docs/semantics/data-flow.md#the-pipeline). */
    public static final PathFilter EMPTY = new Empty();

    PathFilter() {
    }

    public static PathFilter of(PathExpression path) {
        return new Select(path);
    }

    /** @return the narrowed value, or {@code null} after recording a failure in {@code scope} */
    abstract Json apply(Json value, EvalScope scope);

    private static final class Whole extends PathFilter {
        @Override
        Json apply(Json value, EvalScope scope) {
            return value;
        }
    }

    private static final class Empty extends PathFilter {
        @Override
        Json apply(Json value, EvalScope scope) {
            return JsonObject.EMPTY;
        }
    }

    private static final class Select extends PathFilter {
        private final PathExpression path;

        Select(PathExpression path) {
            this.path = path;
        }

        @Override
        Json apply(Json value, EvalScope scope) {
            Json selected = path.evaluate(value, scope);
            if (selected == null) {
                return scope.fail(AslError.runtime(path.invalidPathCause(value, scope)));
            }
            return selected;
        }
    }
}
