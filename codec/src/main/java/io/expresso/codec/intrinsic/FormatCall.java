package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonString;
import java.util.Arrays;

/**
 * {@code States.Format(template, v1, …)} with a literal template, split at compile time: each
 * {@code {}} is replaced by the next argument's {@link JavaText} rendering.
 *
 * <p>A template whose braces are unbalanced, or whose placeholder count differs from the argument
 * count, still compiles: AWS accepts such a definition and fails when the state runs, after the
 * arguments have been read.
 */
final class FormatCall extends IntrinsicCall {

    static final String NAME = "States.Format";

    /** Text around the placeholders, or {@code null} when the call can only fail. */
    private final String[] pieces;
    private final Operand[] values;
    /** Room for the literal text plus a typical rendered value each, so the builder rarely grows. */
    private final int capacity;

    private FormatCall(String[] pieces, Operand[] values) {
        super(NAME, true);
        this.pieces = pieces;
        this.values = values;
        int literal = 0;
        if (pieces != null) {
            for (String piece : pieces) {
                literal += piece.length();
            }
        }
        this.capacity = literal + 16 * values.length;
    }

    /**
     * @param args the template first, then the values
     * @param templateSource the template literal's source between the quotes, or {@code null} when
     *     the template is a path or a nested call
     */
    static IntrinsicCall create(Operand[] args, String templateSource) {
        Operand[] values = Arrays.copyOfRange(args, 1, args.length);
        if (templateSource == null) {
            return new FormatDataTemplateCall(args[0], values);
        }
        String[] pieces = FormatTemplate.split(templateSource, true);
        boolean matches = pieces != null && pieces.length == values.length + 1;
        return new FormatCall(matches ? pieces : null, values);
    }

    @Override
    public Json evaluate(Json input, EvalScope scope) {
        StringBuilder out = new StringBuilder(capacity);
        if (pieces != null) {
            out.append(pieces[0]);
        }
        for (int i = 0; i < values.length; i++) {
            Json value = values[i].evaluate(input, scope);
            if (value == null) {
                return null;
            }
            if (pieces != null) {
                JavaText.append(out, value);
                out.append(pieces[i + 1]);
            }
        }
        return pieces == null ? invalidArguments(scope) : JsonString.of(out.toString());
    }
}
