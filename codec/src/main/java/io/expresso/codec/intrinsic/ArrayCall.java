package io.expresso.codec.intrinsic;

import io.expresso.codec.error.AslError;
import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;

/** {@code States.Array(v1, …)}: its arguments, in order, as an array (none gives {@code []}). */
final class ArrayCall extends IntrinsicCall {

    static final String NAME = "States.Array";

    private final Operand[] items;

    ArrayCall(Operand[] items) {
        super(NAME, false);
        this.items = items;
    }

    @Override
    public Json evaluate(Json input, EvalScope scope) {
        Json[] values = new Json[items.length];
        for (int i = 0; i < items.length; i++) {
            values[i] = items[i].evaluate(input, scope);
            if (values[i] == null) {
                return null;
            }
        }
        Json built = JsonArray.wrap(values);
        return built.isTooDeep() ? scope.fail(AslError.tooDeep()) : built;
    }
}
