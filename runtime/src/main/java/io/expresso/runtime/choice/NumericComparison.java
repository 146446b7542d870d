package io.expresso.runtime.choice;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.path.PathExpression;

/** {@code NumericEquals}, {@code NumericLessThan}, … against a literal, by mathematical value. */
public final class NumericComparison extends Comparison {

    private final Ordering ordering;
    private final JsonNumber operand;

    public NumericComparison(PathExpression variable, Ordering ordering, JsonNumber operand) {
        super(variable);
        this.ordering = ordering;
        this.operand = operand;
    }

    @Override
    int compare(Json value, Json input, EvalScope scope) {
        return of(value instanceof JsonNumber && ordering.holds(((JsonNumber) value).compareTo(operand)));
    }
}
