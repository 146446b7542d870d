package io.expresso.runtime.choice;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.path.PathExpression;

/** {@code BooleanEquals} against a literal. */
public final class BooleanEquals extends Comparison {

    private final JsonBoolean operand;

    public BooleanEquals(PathExpression variable, boolean operand) {
        super(variable);
        this.operand = JsonBoolean.of(operand);
    }

    @Override
    int compare(Json value, Json input, EvalScope scope) {
        return of(value == operand);
    }
}
