package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.path.PathExpression;

/** A path argument ({@code $…}, {@code $$…}, {@code $name…}), evaluated exactly like a {@code .$} value. */
final class PathOperand extends Operand {

    private final PathExpression path;
    private final String fieldKey;

    PathOperand(PathExpression path, String fieldKey) {
        this.path = path;
        this.fieldKey = fieldKey;
    }

    @Override
    Json evaluate(Json input, EvalScope scope) {
        Json value = path.evaluate(input, scope);
        if (value != null) {
            return value;
        }
        return scope.fail(path.notFoundFor(fieldKey, input));
    }
}
