package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonString;
import java.nio.charset.StandardCharsets;

/**
 * {@code States.Base64Decode(s)}: the bytes a string of at most 10,000 characters encodes, read as
 * UTF-8. Decoding is lenient as AWS's is ({@link LenientBase64}); bytes that are not valid UTF-8
 * become U+FFFD.
 */
final class Base64DecodeCall extends IntrinsicCall {

    static final String NAME = "States.Base64Decode";

    private final Operand text;

    Base64DecodeCall(Operand text) {
        super(NAME, true);
        this.text = text;
    }

    @Override
    public Json evaluate(Json input, EvalScope scope) {
        Json value = text.evaluate(input, scope);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonString) || ((JsonString) value).value().length() > Base64EncodeCall.MAX_LENGTH) {
            return invalidArguments(scope);
        }
        byte[] bytes = LenientBase64.decode(((JsonString) value).value());
        return JsonString.of(new String(bytes, StandardCharsets.UTF_8));
    }
}
