package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonString;

/**
 * {@code States.ArrayContains(array, value)}, with AWS's equality: two values are equal when their
 * {@link JavaText} renderings are. That is why {@code ["true"]} contains {@code true}, objects
 * compare in key order, and {@code false} does not match {@code 0}.
 */
final class ArrayContainsCall extends IntrinsicCall {

    static final String NAME = "States.ArrayContains";

    private final Operand array;
    private final Operand value;

    ArrayContainsCall(Operand array, Operand value) {
        super(NAME, false);
        this.array = array;
        this.value = value;
    }

    @Override
    public Json evaluate(Json input, EvalScope scope) {
        Json items = array.evaluate(input, scope);
        if (items == null) {
            return null;
        }
        Json wanted = value.evaluate(input, scope);
        if (wanted == null) {
            return null;
        }
        if (!(items instanceof JsonArray)) {
            return invalidArguments(scope);
        }
        return JsonBoolean.of(contains((JsonArray) items, JavaText.of(wanted)));
    }

    private static boolean contains(JsonArray items, String wanted) {
        StringBuilder rendered = null;
        for (int i = 0; i < items.size(); i++) {
            Json item = items.get(i);
            if (item instanceof JsonString) {
                if (((JsonString) item).value().equals(wanted)) {
                    return true;
                }
                continue;
            }
            if (rendered == null) {
                rendered = new StringBuilder();
            }
            rendered.setLength(0);
            JavaText.append(rendered, item);
            if (wanted.contentEquals(rendered)) {
                return true;
            }
        }
        return false;
    }
}
