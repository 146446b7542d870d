package io.expresso.runtime.choice;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.path.PathExpression;

/** {@code StringEquals}, {@code StringLessThan}, … against a literal: exact, by UTF-16 code units. */
public final class StringComparison extends Comparison {

    private final Ordering ordering;
    private final String operand;

    public StringComparison(PathExpression variable, Ordering ordering, String operand) {
        super(variable);
        this.ordering = ordering;
        this.operand = operand;
    }

    @Override
    int compare(Json value, Json input, EvalScope scope) {
        return of(value instanceof JsonString && ordering.holds(((JsonString) value).value().compareTo(operand)));
    }
}
