package io.expresso.runtime.choice;

import io.expresso.codec.error.AslError;
import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.path.PathExpression;

/**
 * A rule on the value its {@code Variable} selects. A missing variable fails the state; a value of
 * the wrong type only makes the rule false (docs/semantics/choice-and-wait.md#comparisons).
 */
abstract class Comparison extends ChoiceRule {

    private final PathExpression variable;

    Comparison(PathExpression variable) {
        this.variable = variable;
    }

    @Override
    public final int test(Json input, EvalScope scope) {
        Json value = variable.evaluate(input, scope);
        if (value == null) {
            return invalidPath(variable, scope);
        }
        return compare(value, input, scope);
    }

    /** @return {@link #TRUE}, {@link #FALSE} or {@link #FAILED} */
    abstract int compare(Json value, Json input, EvalScope scope);

    static int invalidPath(PathExpression path, EvalScope scope) {
        scope.fail(AslError.runtime("Invalid path '" + path.text()
                + "': The choice state's condition path references an invalid value."));
        return FAILED;
    }

    /** Reads the operand of a {@code …Path} operator, which fails like a missing variable. */
    static Json operand(PathExpression path, Json input, EvalScope scope) {
        Json value = path.evaluate(input, scope);
        if (value == null) {
            invalidPath(path, scope);
        }
        return value;
    }
}
