package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonString;

/** {@code States.JsonToString(v)}: the compact JSON text of any value, keys in stored order. */
final class JsonToStringCall extends IntrinsicCall {

    static final String NAME = "States.JsonToString";

    private final Operand value;

    JsonToStringCall(Operand value) {
        super(NAME, true);
        this.value = value;
    }

    @Override
    public Json evaluate(Json input, EvalScope scope) {
        Json resolved = value.evaluate(input, scope);
        return resolved == null ? null : JsonString.of(resolved.toString());
    }
}
