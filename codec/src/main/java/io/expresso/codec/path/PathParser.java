package io.expresso.codec.path;

import io.expresso.codec.error.InvalidExpressionException;
import java.util.ArrayList;
import java.util.List;

/** Parses the steps of a JSONPath that starts with {@code $} at {@code from}, then picks the compiled class. */
final class PathParser {

    private final String text;
    private int pos;

    private PathParser(String text, int from) {
        this.text = text;
        this.pos = from;
    }

    /**
     * @param text the whole path as written (kept for error texts)
     * @param from the index just after the root marker ({@code $}, {@code $$} or {@code $name})
     */
    static JsonPath parse(String text, int from) {
        return new PathParser(text, from).parse();
    }

    private JsonPath parse() {
        List<PathStep> steps = new ArrayList<>();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '.') {
                pos++;
                steps.add(new PathStep.Member(readDotName()));
            } else if (c == '[') {
                pos++;
                steps.add(readBracket());
            } else {
                throw invalid("unexpected character '" + c + "' at position " + pos);
            }
        }
        return definite(steps.toArray(new PathStep[0]));
    }

    private JsonPath definite(PathStep[] steps) {
        if (steps.length == 0) {
            return new RootPath(text);
        }
        boolean membersOnly = true;
        for (PathStep step : steps) {
            membersOnly &= step instanceof PathStep.Member;
        }
        if (!membersOnly) {
            return new StepPath(text, steps);
        }
        return steps.length == 1 ? new MemberPath(text, steps) : new MemberChainPath(text, steps);
    }

    /** Dot notation: the name runs to the next {@code .} or {@code [}; hyphens and other characters are literal. */
    private String readDotName() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != '.' && text.charAt(pos) != '[') {
            pos++;
        }
        if (pos == start) {
            throw invalid("empty property name at position " + start);
        }
        return text.substring(start, pos);
    }

    private PathStep readBracket() {
        if (pos >= text.length()) {
            throw invalid("unterminated '['");
        }
        char c = text.charAt(pos);
        if (c == '\'' || c == '"') {
            String name = readQuoted(c);
            expect(']');
            return new PathStep.Member(name);
        }
        int start = pos;
        if (c == '-') {
            pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == start || (pos == start + 1 && c == '-')) {
            throw invalid("expected an index or a quoted name at position " + start);
        }
        int index;
        try {
            index = Integer.parseInt(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw invalid("index out of range at position " + start);
        }
        expect(']');
        return new PathStep.Index(index);
    }

    /** A quoted name is taken literally up to the matching quote (AWS does not unescape it). */
    private String readQuoted(char quote) {
        int start = ++pos;
        int end = text.indexOf(quote, start);
        if (end < 0) {
            throw invalid("unterminated quoted name at position " + (start - 1));
        }
        pos = end + 1;
        return text.substring(start, end);
    }

    private void expect(char c) {
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw invalid("expected '" + c + "' at position " + pos);
        }
        pos++;
    }

    private InvalidExpressionException invalid(String reason) {
        return new InvalidExpressionException(text, "Invalid JSONPath '" + text + "': " + reason);
    }
}
