package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonNumber;

/**
 * {@code States.MathAdd(a, b)}: {@code round(a) + round(b)}, each operand rounded on its own with
 * {@link Math#round(double)} (halves towards positive infinity: {@code -2.5} gives {@code -2}).
 * Both rounded operands and the sum must be 32-bit integers.
 */
final class MathAddCall extends IntrinsicCall {

    static final String NAME = "States.MathAdd";

    private final Operand left;
    private final Operand right;

    MathAddCall(Operand left, Operand right) {
        super(NAME, false);
        this.left = left;
        this.right = right;
    }

    @Override
    public Json evaluate(Json input, EvalScope scope) {
        Json a = left.evaluate(input, scope);
        if (a == null) {
            return null;
        }
        Json b = right.evaluate(input, scope);
        if (b == null) {
            return null;
        }
        if (!(a instanceof JsonNumber) || !(b instanceof JsonNumber)) {
            return invalidArguments(scope);
        }
        long x = round((JsonNumber) a);
        long y = round((JsonNumber) b);
        long sum = x + y;
        if (!isInt(x) || !isInt(y) || !isInt(sum)) {
            return invalidArguments(scope);
        }
        return JsonNumber.of(sum);
    }

    /** Saturates at the {@code long} range, so an out-of-range operand can never wrap into range. */
    private static long round(JsonNumber number) {
        return number.isLong() ? number.longValue() : Math.round(number.doubleValue());
    }
}
