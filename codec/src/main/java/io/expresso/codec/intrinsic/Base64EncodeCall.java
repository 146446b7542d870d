package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** {@code States.Base64Encode(s)}: standard, padded Base64 of the UTF-8 bytes of a string of at most 10,000 characters. */
final class Base64EncodeCall extends IntrinsicCall {

    static final String NAME = "States.Base64Encode";
    static final int MAX_LENGTH = 10_000;

    private final Operand text;

    Base64EncodeCall(Operand text) {
        super(NAME, true);
        this.text = text;
    }

    @Override
    public Json evaluate(Json input, EvalScope scope) {
        Json value = text.evaluate(input, scope);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonString) || ((JsonString) value).value().length() > MAX_LENGTH) {
            return invalidArguments(scope);
        }
        byte[] bytes = ((JsonString) value).value().getBytes(StandardCharsets.UTF_8);
        return JsonString.of(Base64.getEncoder().encodeToString(bytes));
    }
}
