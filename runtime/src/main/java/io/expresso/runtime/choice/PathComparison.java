package io.expresso.runtime.choice;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.path.PathExpression;
import java.time.Instant;

/**
 * The {@code …Path} operators ({@code StringEqualsPath}, {@code NumericLessThanPath}, …): the
 * operand is another value selected from the input; both sides must be of the family's type.
 */
public final class PathComparison extends Comparison {

    /** The operator families that have a {@code …Path} form. */
    public enum Family { STRING, NUMERIC, BOOLEAN, TIMESTAMP }

    private final Family family;
    private final Ordering ordering;
    private final PathExpression operand;

    /** @param ordering {@link Ordering#EQUALS} for {@code BooleanEqualsPath} */
    public PathComparison(PathExpression variable, Family family, Ordering ordering, PathExpression operand) {
        super(variable);
        this.family = family;
        this.ordering = ordering;
        this.operand = operand;
    }

    @Override
    int compare(Json value, Json input, EvalScope scope) {
        Json other = operand(operand, input, scope);
        if (other == null) {
            return FAILED;
        }
        switch (family) {
            case STRING:
                return of(value instanceof JsonString && other instanceof JsonString
                        && ordering.holds(((JsonString) value).value().compareTo(((JsonString) other).value())));
            case NUMERIC:
                return of(value instanceof JsonNumber && other instanceof JsonNumber
                        && ordering.holds(((JsonNumber) value).compareTo((JsonNumber) other)));
            case BOOLEAN:
                return of(value instanceof JsonBoolean && value == other);
            default:
                Instant left = Timestamps.instant(value);
                Instant right = Timestamps.instant(other);
                return of(left != null && right != null && ordering.holds(left.compareTo(right)));
        }
    }
}
