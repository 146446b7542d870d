package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonString;

/**
 * {@code States.StringSplit(s, delimiters)}: the pieces of {@code s} between delimiters, where
 * every character of {@code delimiters} is a delimiter on its own and empty pieces are dropped
 * ({@code ",,a,"} split on {@code ","} is {@code ["a"]}). Nothing is trimmed.
 */
final class StringSplitCall extends IntrinsicCall {

    static final String NAME = "States.StringSplit";

    private final Operand text;
    private final Operand delimiters;

    StringSplitCall(Operand text, Operand delimiters) {
        super(NAME, false);
        this.text = text;
        this.delimiters = delimiters;
    }

    @Override
    public Json evaluate(Json input, EvalScope scope) {
        Json value = text.evaluate(input, scope);
        if (value == null) {
            return null;
        }
        Json separators = delimiters.evaluate(input, scope);
        if (separators == null) {
            return null;
        }
        if (!(value instanceof JsonString) || !(separators instanceof JsonString)) {
            return invalidArguments(scope);
        }
        return split(((JsonString) value).value(), ((JsonString) separators).value());
    }

    /** Works on code points, so a delimiter outside the Basic Multilingual Plane splits whole. */
    private static JsonArray split(String s, String separators) {
        JsonArray.Builder pieces = new JsonArray.Builder(4);
        int pieceStart = 0;
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            int next = i + Character.charCount(c);
            if (separators.indexOf(c) >= 0) {
                if (i > pieceStart) {
                    pieces.add(JsonString.of(s.substring(pieceStart, i)));
                }
                pieceStart = next;
            }
            i = next;
        }
        if (s.length() > pieceStart) {
            pieces.add(JsonString.of(s.substring(pieceStart)));
        }
        return pieces.build();
    }
}
