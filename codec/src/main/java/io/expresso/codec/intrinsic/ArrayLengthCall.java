package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonNumber;

/** {@code States.ArrayLength(array)}: the number of elements. */
final class ArrayLengthCall extends IntrinsicCall {

    static final String NAME = "States.ArrayLength";

    private final Operand array;

    ArrayLengthCall(Operand array) {
        super(NAME, false);
        this.array = array;
    }

    @Override
    public Json evaluate(Json input, EvalScope scope) {
        Json items = array.evaluate(input, scope);
        if (items == null) {
            return null;
        }
        if (!(items instanceof JsonArray)) {
            return invalidArguments(scope);
        }
        return JsonNumber.of(((JsonArray) items).size());
    }
}
