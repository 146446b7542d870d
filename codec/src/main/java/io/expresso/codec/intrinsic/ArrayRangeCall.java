package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonNumber;

/**
 * {@code States.ArrayRange(start, end, step)}: {@code start, start+step, …} up to and including
 * {@code end} when it is reached. Arguments are truncated toward zero to 32-bit integers; a zero
 * step or more than {@value #MAX_ELEMENTS} elements fails.
 */
final class ArrayRangeCall extends IntrinsicCall {

    static final String NAME = "States.ArrayRange";
    static final int MAX_ELEMENTS = 1000;

    private final Operand start;
    private final Operand end;
    private final Operand step;

    ArrayRangeCall(Operand start, Operand end, Operand step) {
        super(NAME, false);
        this.start = start;
        this.end = end;
        this.step = step;
    }

    @Override
    public Json evaluate(Json input, EvalScope scope) {
        Json first = start.evaluate(input, scope);
        if (first == null) {
            return null;
        }
        Json last = end.evaluate(input, scope);
        if (last == null) {
            return null;
        }
        Json increment = step.evaluate(input, scope);
        if (increment == null) {
            return null;
        }
        if (!(first instanceof JsonNumber) || !(last instanceof JsonNumber) || !(increment instanceof JsonNumber)) {
            return invalidArguments(scope);
        }
        long from = truncate((JsonNumber) first);
        long to = truncate((JsonNumber) last);
        long by = truncate((JsonNumber) increment);
        if (by == 0 || !isInt(from) || !isInt(to) || !isInt(by)) {
            return invalidArguments(scope);
        }
        long count = by > 0
                ? (to < from ? 0 : (to - from) / by + 1)
                : (to > from ? 0 : (from - to) / -by + 1);
        if (count > MAX_ELEMENTS) {
            return invalidArguments(scope);
        }
        Json[] values = new Json[(int) count];
        for (int i = 0; i < count; i++) {
            values[i] = JsonNumber.of(from + i * by);
        }
        return JsonArray.wrap(values);
    }
}
