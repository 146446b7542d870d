package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonNull;
import io.expresso.codec.json.JsonParseException;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;

/**
 * {@code States.StringToJson(s)}: parses JSON text, ignoring surrounding whitespace; an empty or
 * blank string gives {@code null}, as on AWS.
 */
final class StringToJsonCall extends IntrinsicCall {

    static final String NAME = "States.StringToJson";

    private final Operand text;

    StringToJsonCall(Operand text) {
        super(NAME, false);
        this.text = text;
    }

    @Override
    public Json evaluate(Json input, EvalScope scope) {
        Json value = text.evaluate(input, scope);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonString)) {
            return invalidArguments(scope);
        }
        String json = withoutSurroundingWhitespace(((JsonString) value).value());
        if (json.isEmpty()) {
            return JsonNull.NULL;
        }
        try {
            return JsonParser.parse(json);
        } catch (JsonParseException e) {
            // The parser reports malformed text only by throwing; here it is the user's data, not a bug.
            return invalidArguments(scope);
        }
    }

    /**
     * Strips JSON's four whitespace characters only: AWS reads {@code " "} as no document (null),
     * but other Unicode spaces are not JSON and must still fail.
     */
    private static String withoutSurroundingWhitespace(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isJsonWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && isJsonWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    private static boolean isJsonWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
