package io.expresso.codec.path;

import io.expresso.codec.error.InvalidExpressionException;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonNull;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Parses the inside of {@code [?( … )]} into a {@link FilterPredicate}, Jayway's filter language:
 * <pre>
 *   or       := and ( '||' and )*
 *   and      := unary ( '&amp;&amp;' unary )*
 *   unary    := '!' unary | '(' or ')' | relation
 *   relation := operand [ operator operand ]      (a lone path tests existence)
 *   operand  := '@'path | '$'path | number | 'text' | "text" | true | false | null | [ … ] | { … }
 * </pre>
 * Operators: {@code == != < <= > >= =~ in nin subsetof anyof noneof size empty}. Regular
 * expressions are compiled here, once.
 */
final class FilterParser {

    private static final String[] SYMBOL_OPERATORS = {"==", "!=", "<=", ">=", "=~", "<", ">"};
    private static final String[] WORD_OPERATORS = {"in", "nin", "subsetof", "anyof", "noneof", "size", "empty"};
    /** Jayway operators that AWS does not document and we do not implement. */
    private static final String[] UNSUPPORTED_WORDS = {"contains", "all", "type", "matches"};

    /**
     * How deeply a filter may nest: groups, negations, literal arrays and objects, and filters in
     * operand paths all count, so that neither compiling nor testing a filter can exhaust the
     * stack. Far beyond any written filter; Jayway itself has no limit (and recurses until it fails).
     */
    static final int MAX_NESTING = 100;

    private final String text;
    private int pos;
    /** Levels of nesting open around the current position, counting the enclosing paths' filters. */
    private int depth;

    /** @param depth the levels already open around this filter, at least 1 for the filter itself */
    FilterParser(String text, int from, int depth) {
        this.text = text;
        this.pos = from;
        this.depth = depth;
        checkDepth();
    }

    /** @return the predicate; {@link #position()} is then just after it, at the closing {@code )} */
    FilterPredicate parse() {
        FilterPredicate predicate = readOr();
        skipSpaces();
        return predicate;
    }

    int position() {
        return pos;
    }

    /** A chain of {@code ||} becomes one flat predicate, so its length costs no stack. */
    private FilterPredicate readOr() {
        FilterPredicate first = readAnd();
        if (!(skipSpaces() && text.startsWith("||", pos))) {
            return first;
        }
        List<FilterPredicate> operands = new ArrayList<>();
        operands.add(first);
        while (skipSpaces() && text.startsWith("||", pos)) {
            pos += 2;
            operands.add(readAnd());
        }
        return new FilterPredicate.Or(operands.toArray(new FilterPredicate[0]));
    }

    private FilterPredicate readAnd() {
        FilterPredicate first = readUnary();
        if (!(skipSpaces() && text.startsWith("&&", pos))) {
            return first;
        }
        List<FilterPredicate> operands = new ArrayList<>();
        operands.add(first);
        while (skipSpaces() && text.startsWith("&&", pos)) {
            pos += 2;
            operands.add(readUnary());
        }
        return new FilterPredicate.And(operands.toArray(new FilterPredicate[0]));
    }

    private FilterPredicate readUnary() {
        skipSpaces();
        if (at('!') && !text.startsWith("!=", pos)) {
            pos++;
            enter();
            FilterPredicate negated = new FilterPredicate.Not(readUnary());
            depth--;
            return negated;
        }
        if (at('(')) {
            pos++;
            enter();
            FilterPredicate inner = readOr();
            skipSpaces();
            expect(')');
            depth--;
            return inner;
        }
        return readRelation();
    }

    /** Opens one level of nesting at the current position. */
    private void enter() {
        depth++;
        checkDepth();
    }

    private void checkDepth() {
        if (depth > MAX_NESTING) {
            throw invalid("filter nested more than " + MAX_NESTING + " levels deep at position " + pos);
        }
    }

    private FilterPredicate readRelation() {
        int start = pos;
        FilterOperand left = readOperand();
        skipSpaces();
        String operator = readOperator();
        if (operator == null) {
            if (!left.isPath()) {
                throw invalid("expected a path or a comparison at position " + start);
            }
            return new FilterPredicate.Exists(left);
        }
        skipSpaces();
        switch (operator) {
            case "=~":
                return new FilterPredicate.Matches(left, readRegex());
            case "size":
                return new FilterPredicate.SizeIs(left, readSize());
            case "empty":
                return new FilterPredicate.EmptyIs(left, readEmpty());
            default:
                return relation(operator, left, readOperand());
        }
    }

    private FilterPredicate relation(String operator, FilterOperand left, FilterOperand right) {
        switch (operator) {
            case "==":
                return new FilterPredicate.Equal(left, right);
            case "!=":
                return new FilterPredicate.NotEqual(left, right);
            case "<":
                return new FilterPredicate.LessThan(left, right);
            case "<=":
                return new FilterPredicate.LessOrEqual(left, right);
            case ">":
                return new FilterPredicate.GreaterThan(left, right);
            case ">=":
                return new FilterPredicate.GreaterOrEqual(left, right);
            case "in":
                return new FilterPredicate.In(left, right);
            case "nin":
                return new FilterPredicate.NotIn(left, right);
            case "subsetof":
                return new FilterPredicate.SubsetOf(left, right);
            case "anyof":
                return new FilterPredicate.AnyOf(left, right);
            case "noneof":
                return new FilterPredicate.NoneOf(left, right);
            default:
                throw new IllegalStateException(operator);
        }
    }

    /** @return the operator at the cursor (consumed), or {@code null} if the relation ends here */
    private String readOperator() {
        for (String symbol : SYMBOL_OPERATORS) {
            if (text.startsWith(symbol, pos)) {
                if (text.startsWith("===", pos) || text.startsWith("!==", pos)) {
                    throw invalid("the operator '" + text.substring(pos, pos + 3) + "' is not supported");
                }
                pos += symbol.length();
                return symbol;
            }
        }
        if (at('=')) {
            throw invalid("unexpected '=' at position " + pos + " (use '==')");
        }
        String word = peekWord();
        for (String operator : WORD_OPERATORS) {
            if (operator.equals(word)) {
                pos += word.length();
                return operator;
            }
        }
        for (String operator : UNSUPPORTED_WORDS) {
            if (operator.equals(word)) {
                throw invalid("the filter operator '" + word + "' is not supported");
            }
        }
        if (!word.isEmpty()) {
            throw invalid("unknown filter operator '" + word + "' at position " + pos);
        }
        return null;
    }

    private String peekWord() {
        int end = pos;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(pos, end);
    }

    private FilterOperand readOperand() {
        skipSpaces();
        if (pos >= text.length()) {
            throw invalid("unterminated filter expression");
        }
        char c = text.charAt(pos);
        if (c == '@' || c == '$') {
            PathParser parser = PathParser.embedded(text, pos, depth);
            JsonPath path = parser.parseEmbedded(pos);
            pos = parser.position();
            return c == '@' ? new FilterOperand.CurrentPath(path) : new FilterOperand.DocumentPath(path);
        }
        if (c == '/') {
            throw invalid("a regular expression may only follow '=~' (position " + pos + ")");
        }
        return new FilterOperand.Literal(readLiteral());
    }

    private Json readLiteral() {
        skipSpaces();
        if (pos >= text.length()) {
            throw invalid("unterminated filter expression");
        }
        char c = text.charAt(pos);
        if (c == '\'' || c == '"') {
            return JsonString.of(readString(c));
        }
        if (c == '[') {
            return readArray();
        }
        if (c == '{') {
            return readObject();
        }
        if (c == '-' || Character.isDigit(c)) {
            return readNumber();
        }
        String word = peekWord();
        switch (word) {
            case "true":
                pos += 4;
                return JsonBoolean.TRUE;
            case "false":
                pos += 5;
                return JsonBoolean.FALSE;
            case "null":
                pos += 4;
                return JsonNull.NULL;
            default:
                throw invalid("expected a path or a literal at position " + pos);
        }
    }

    private Json readNumber() {
        int start = pos;
        if (at('-')) {
            pos++;
        }
        while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        try {
            return JsonNumber.parse(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw invalid("invalid number '" + text.substring(start, pos) + "' at position " + start);
        }
    }

    /** A quoted string, with JSON's backslash escapes (and {@code \'}). */
    private String readString(char quote) {
        int start = pos++;
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char escaped = text.charAt(pos++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> out.append(readUnicodeEscape());
                default -> out.append(escaped);
            }
        }
        throw invalid("unterminated string at position " + start);
    }

    private char readUnicodeEscape() {
        if (pos + 4 > text.length()) {
            throw invalid("truncated \\u escape at position " + pos);
        }
        try {
            char c = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
            pos += 4;
            return c;
        } catch (NumberFormatException e) {
            throw invalid("invalid \\u escape at position " + pos);
        }
    }

    private Json readArray() {
        pos++;
        enter();
        JsonArray.Builder elements = new JsonArray.Builder(4);
        skipSpaces();
        if (at(']')) {
            pos++;
            depth--;
            return elements.build();
        }
        while (true) {
            elements.add(readLiteral());
            skipSpaces();
            if (at(',')) {
                pos++;
            } else {
                expect(']');
                depth--;
                return elements.build();
            }
        }
    }

    /** Repeated keys: the last one wins. Members are collected in a hash map so that many keys cost no more than linear time. */
    private Json readObject() {
        pos++;
        enter();
        Map<String, Json> members = new LinkedHashMap<>();
        skipSpaces();
        if (at('}')) {
            pos++;
            depth--;
            return JsonObject.EMPTY;
        }
        while (true) {
            skipSpaces();
            if (!at('"') && !at('\'')) {
                throw invalid("expected a quoted key at position " + pos);
            }
            String key = readString(text.charAt(pos));
            skipSpaces();
            expect(':');
            members.put(key, readLiteral());
            skipSpaces();
            if (at(',')) {
                pos++;
            } else {
                expect('}');
                depth--;
                JsonObject.Builder object = JsonObject.builder(members.size());
                members.forEach(object::add);
                return object.build();
            }
        }
    }

    /** {@code /pattern/flags} with Jayway's flag letters. */
    private Pattern readRegex() {
        if (!at('/')) {
            throw invalid("expected a regular expression '/…/' after '=~' at position " + pos);
        }
        int start = ++pos;
        while (pos < text.length() && text.charAt(pos) != '/') {
            pos += text.charAt(pos) == '\\' ? 2 : 1;
        }
        if (pos >= text.length()) {
            throw invalid("unterminated regular expression at position " + (start - 1));
        }
        String source = text.substring(start, pos++);
        int flags = 0;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            flags |= regexFlag(text.charAt(pos++));
        }
        try {
            return Pattern.compile(source, flags);
        } catch (PatternSyntaxException e) {
            throw invalid("invalid regular expression '" + source + "': " + e.getDescription());
        }
    }

    private int regexFlag(char letter) {
        return switch (letter) {
            case 'd' -> Pattern.UNIX_LINES;
            case 'i' -> Pattern.CASE_INSENSITIVE;
            case 'x' -> Pattern.COMMENTS;
            case 'm' -> Pattern.MULTILINE;
            case 's' -> Pattern.DOTALL;
            case 'u' -> Pattern.UNICODE_CASE;
            case 'U' -> Pattern.UNICODE_CHARACTER_CLASS;
            default -> throw invalid("unknown regular expression flag '" + letter + "'");
        };
    }

    private int readSize() {
        Json size = readLiteral();
        if (!(size instanceof JsonNumber) || !((JsonNumber) size).isLong()) {
            throw invalid("'size' expects an integer, found " + size);
        }
        return (int) ((JsonNumber) size).longValue();
    }

    private boolean readEmpty() {
        Json empty = readLiteral();
        if (!(empty instanceof JsonBoolean)) {
            throw invalid("'empty' expects true or false, found " + empty);
        }
        return ((JsonBoolean) empty).value();
    }

    private boolean at(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    /** @return {@code true}, so that it can lead a loop condition */
    private boolean skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return true;
    }

    private void expect(char c) {
        if (!at(c)) {
            throw invalid("expected '" + c + "' at position " + pos);
        }
        pos++;
    }

    private InvalidExpressionException invalid(String reason) {
        return new InvalidExpressionException(text, "Invalid JSONPath '" + text + "': " + reason);
    }
}
