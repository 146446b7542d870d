package io.expresso.codec.intrinsic;

import io.expresso.codec.error.InvalidExpressionException;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonNull;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.path.PathExpression;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of an intrinsic call into its compiled tree, in one left-to-right pass.
 *
 * <pre>
 * call    := "States." Name "(" [ arg { "," arg } ] ")"
 * arg     := string | number | "true" | "false" | "null" | path | call    (whitespace around args)
 * string  := "'" { char | "\'" | "\{" | "\}" | "\\" } "'"
 * </pre>
 */
final class IntrinsicParser {

    /** AWS documents at most 10 calls nested in one field; the outermost call counts as the first. */
    static final int MAX_DEPTH = 10;

    private final String text;
    private final String fieldKey;
    private int pos;

    private IntrinsicParser(String text, String fieldKey) {
        this.text = text;
        this.fieldKey = fieldKey;
    }

    static IntrinsicCall parse(String text, String fieldKey) {
        IntrinsicParser parser = new IntrinsicParser(text, fieldKey);
        IntrinsicCall call = parser.readCall(1);
        parser.skipWhitespace();
        if (parser.pos != text.length()) {
            throw parser.invalid("unexpected text after the call at position " + parser.pos);
        }
        return call;
    }

    private IntrinsicCall readCall(int depth) {
        if (depth > MAX_DEPTH) {
            throw invalid("intrinsic calls are nested more than " + MAX_DEPTH + " deep");
        }
        int start = pos;
        if (!text.startsWith("States.", pos)) {
            throw invalid("expected 'States.' at position " + pos);
        }
        pos += "States.".length();
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            pos++;
        }
        String name = text.substring(start, pos);
        if (pos >= text.length() || text.charAt(pos) != '(') {
            throw invalid("expected '(' after '" + name + "' at position " + pos);
        }
        pos++;
        List<Operand> operands = new ArrayList<>();
        List<String> literalSources = new ArrayList<>();
        skipWhitespace();
        if (peek() == ')') {
            pos++;
        } else {
            while (true) {
                skipWhitespace();
                readArgument(depth, operands, literalSources);
                skipWhitespace();
                char c = peek();
                pos++;
                if (c == ')') {
                    break;
                }
                if (c != ',') {
                    throw invalid("expected ',' or ')' at position " + (pos - 1));
                }
            }
        }
        return bind(name, operands.toArray(new Operand[0]), literalSources.toArray(new String[0]));
    }

    /** Appends the argument and, for a string literal, its source between the quotes (escapes kept). */
    private void readArgument(int depth, List<Operand> operands, List<String> literalSources) {
        char c = peek();
        String source = null;
        Operand operand;
        if (c == '\'') {
            int from = pos + 1;
            operand = new ConstantOperand(JsonString.of(readString()));
            source = text.substring(from, pos - 1);
        } else if (c == '$') {
            operand = readPath();
        } else if (text.startsWith("States.", pos)) {
            operand = readCall(depth + 1);
        } else if (c == '-' || c == '+' || (c >= '0' && c <= '9')) {
            operand = new ConstantOperand(readNumber());
        } else if (Character.isLetter(c)) {
            operand = new ConstantOperand(readKeyword());
        } else {
            throw invalid(pos < text.length()
                    ? "unexpected character '" + c + "' at position " + pos
                    : "unexpected end of text");
        }
        operands.add(operand);
        literalSources.add(source);
    }

    /** @return the decoded literal; only four escapes exist, each standing for the character after the backslash */
    private String readString() {
        int open = pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\'') {
                return value.toString();
            }
            if (c == '\\') {
                char escaped = pos < text.length() ? text.charAt(pos) : 0;
                if (escaped != '\'' && escaped != '{' && escaped != '}' && escaped != '\\') {
                    throw invalid("invalid escape sequence at position " + (pos - 1));
                }
                pos++;
                value.append(escaped);
            } else {
                value.append(c);
            }
        }
        throw invalid("unterminated string literal at position " + open);
    }

    /**
     * A path runs to the next ',', ')' or whitespace outside brackets; inside brackets, filters and
     * quoted names may hold any of them.
     */
    private Operand readPath() {
        int start = pos;
        int depth = 0;
        char quote = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (depth > 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ')' || Character.isWhitespace(c))) {
                break;
            }
            pos++;
        }
        String path = text.substring(start, pos);
        try {
            return new PathOperand(PathExpression.compile(path), fieldKey);
        } catch (InvalidExpressionException e) {
            throw invalid("invalid path argument: " + e.reason());
        }
    }

    /** A JSON number with an optional sign; exponents beyond double range ({@code 1e309}) are kept as written. */
    private Json readNumber() {
        int start = pos;
        if (peek() == '+') {
            start++;
            pos++;
        }
        while (pos < text.length() && "0123456789+-.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        try {
            return JsonNumber.parse(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw invalid("invalid number '" + text.substring(start, pos) + "' at position " + start);
        }
    }

    private Json readKeyword() {
        int start = pos;
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        switch (word) {
            case "true":
                return JsonBoolean.TRUE;
            case "false":
                return JsonBoolean.FALSE;
            case "null":
                return JsonNull.NULL;
            default:
                throw invalid("unexpected '" + word + "' at position " + start);
        }
    }

    private IntrinsicCall bind(String name, Operand[] args, String[] literalSources) {
        switch (name) {
            case FormatCall.NAME:
                requireAtLeast(name, args, 1);
                return FormatCall.create(args, literalSources[0]);
            case StringToJsonCall.NAME:
                requireExactly(name, args, 1);
                return new StringToJsonCall(args[0]);
            case JsonToStringCall.NAME:
                requireExactly(name, args, 1);
                return new JsonToStringCall(args[0]);
            case ArrayCall.NAME:
                return new ArrayCall(args);
            case ArrayPartitionCall.NAME:
                requireExactly(name, args, 2);
                return new ArrayPartitionCall(args[0], args[1]);
            case ArrayContainsCall.NAME:
                requireExactly(name, args, 2);
                return new ArrayContainsCall(args[0], args[1]);
            case ArrayRangeCall.NAME:
                requireExactly(name, args, 3);
                return new ArrayRangeCall(args[0], args[1], args[2]);
            case ArrayGetItemCall.NAME:
                requireExactly(name, args, 2);
                return new ArrayGetItemCall(args[0], args[1]);
            case ArrayLengthCall.NAME:
                requireExactly(name, args, 1);
                return new ArrayLengthCall(args[0]);
            case ArrayUniqueCall.NAME:
                requireExactly(name, args, 1);
                return new ArrayUniqueCall(args[0]);
            case Base64EncodeCall.NAME:
                requireExactly(name, args, 1);
                return new Base64EncodeCall(args[0]);
            case Base64DecodeCall.NAME:
                requireExactly(name, args, 1);
                return new Base64DecodeCall(args[0]);
            case HashCall.NAME:
                requireExactly(name, args, 2);
                return new HashCall(args[0], args[1]);
            case JsonMergeCall.NAME:
                requireExactly(name, args, 3);
                return new JsonMergeCall(args[0], args[1], args[2]);
            case MathRandomCall.NAME:
                if (args.length != 2 && args.length != 3) {
                    throw invalid(name + " takes 2 or 3 arguments, got " + args.length);
                }
                return new MathRandomCall(args[0], args[1], args.length == 3 ? args[2] : null);
            case MathAddCall.NAME:
                requireExactly(name, args, 2);
                return new MathAddCall(args[0], args[1]);
            case StringSplitCall.NAME:
                requireExactly(name, args, 2);
                return new StringSplitCall(args[0], args[1]);
            case UuidCall.NAME:
                requireExactly(name, args, 0);
                return new UuidCall();
            default:
                throw invalid("unknown intrinsic function '" + name + "'");
        }
    }

    private void requireExactly(String name, Operand[] args, int count) {
        if (args.length != count) {
            throw invalid(name + " takes " + count + (count == 1 ? " argument" : " arguments") + ", got " + args.length);
        }
    }

    private void requireAtLeast(String name, Operand[] args, int count) {
        if (args.length < count) {
            throw invalid(name + " takes at least " + count + " argument, got " + args.length);
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private void skipWhitespace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private InvalidExpressionException invalid(String reason) {
        return new InvalidExpressionException(text, "Invalid intrinsic function call '" + text + "' in field '"
                + fieldKey + "': " + reason);
    }
}
