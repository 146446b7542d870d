package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonNull;
import io.expresso.codec.json.JsonNumber;

/**
 * {@code States.ArrayGetItem(array, index)}: the element at the 0-based index, truncated toward
 * zero. An index outside the array fails, except that AWS returns {@code null} for any index into
 * an empty array.
 */
final class ArrayGetItemCall extends IntrinsicCall {

    static final String NAME = "States.ArrayGetItem";

    private final Operand array;
    private final Operand index;

    ArrayGetItemCall(Operand array, Operand index) {
        super(NAME, true);
        this.array = array;
        this.index = index;
    }

    @Override
    public Json evaluate(Json input, EvalScope scope) {
        Json items = array.evaluate(input, scope);
        if (items == null) {
            return null;
        }
        Json position = index.evaluate(input, scope);
        if (position == null) {
            return null;
        }
        if (!(items instanceof JsonArray) || !(position instanceof JsonNumber)) {
            return invalidArguments(scope);
        }
        JsonArray elements = (JsonArray) items;
        if (elements.isEmpty()) {
            return JsonNull.NULL;
        }
        long i = truncate((JsonNumber) position);
        if (i < 0 || i >= elements.size()) {
            return invalidArguments(scope);
        }
        return elements.get((int) i);
    }
}
