package io.expresso.codec.path;

import io.expresso.codec.error.InvalidExpressionException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the steps of a JSONPath once, at compile time, and picks the compiled class: one of the
 * definite fast classes when every step names a single node, an {@link IndefinitePath} otherwise.
 *
 * <p>Three modes: a full Path, a Reference Path (single-node steps only), and a path embedded in
 * a filter ({@code @.x}, {@code $.y}), which ends where a filter operator or bracket begins.
 */
final class PathParser {

    private enum Mode { PATH, REFERENCE, EMBEDDED }

    /**
     * Characters a Reference Path may not contain outside quoted names
     * (docs/semantics/data-flow.md#paths-and-reference-paths).
     */
    private static final String REFERENCE_FORBIDDEN = "@,:?*";
    /** Characters that end a dot-notation name inside a filter. */
    private static final String EMBEDDED_NAME_END = " \t\r\n)=!<>&|,";

    private final String text;
    private final Mode mode;
    private int pos;
    /** Filter nesting levels open around this path: 0 for a top-level path. */
    private final int depth;

    private PathParser(String text, int from, Mode mode, int depth) {
        this.text = text;
        this.pos = from;
        this.mode = mode;
        this.depth = depth;
    }

    /**
     * @param text the whole path as written (kept for error texts)
     * @param from the index just after the root marker ({@code $}, {@code $$} or {@code $name})
     */
    static JsonPath parse(String text, int from) {
        return new PathParser(text, from, Mode.PATH, 0).parseAll();
    }

    /** As {@link #parse}, accepting only {@code .name}, {@code ['name']} and {@code [n]} steps. */
    static JsonPath parseReference(String text, int from) {
        return new PathParser(text, from, Mode.REFERENCE, 0).parseAll();
    }

    /**
     * Parses a filter operand path whose root marker ({@code @} or {@code $}) is at {@code marker},
     * inside {@code depth} levels of filter nesting.
     */
    static PathParser embedded(String text, int marker, int depth) {
        return new PathParser(text, marker + 1, Mode.EMBEDDED, depth);
    }

    /** @return the operand path, ending where the filter expression goes on */
    JsonPath parseEmbedded(int marker) {
        List<Selector> selectors = readSteps();
        return build(text.substring(marker, pos), selectors);
    }

    /** @return the index just after the last character consumed */
    int position() {
        return pos;
    }

    private JsonPath parseAll() {
        return build(text, readSteps());
    }

    private List<Selector> readSteps() {
        List<Selector> selectors = new ArrayList<>();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '.') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '.') {
                    pos += 2;
                    refuseInReference("the deep scan operator '..'");
                    selectors.add(new Selector.DeepScan(readScanTarget()));
                } else {
                    pos++;
                    selectors.add(readDotStep());
                }
            } else if (c == '[') {
                pos++;
                selectors.add(readBracket());
            } else if (mode == Mode.EMBEDDED) {
                break;
            } else {
                throw invalid("unexpected character '" + c + "' at position " + pos);
            }
        }
        return selectors;
    }

    private JsonPath build(String pathText, List<Selector> selectors) {
        int last = selectors.size() - 1;
        if (last >= 0) {
            selectors.set(last, asLeaf(selectors.get(last)));
        }
        PathStep[] steps = new PathStep[selectors.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = selectors.get(i).definiteStep();
            if (steps[i] == null) {
                return indefinite(pathText, selectors);
            }
        }
        return definite(pathText, steps);
    }

    /** Jayway merges a member union that ends the path (also right after {@code ..}) into one object. */
    private static Selector asLeaf(Selector selector) {
        if (selector instanceof Selector.MemberUnion) {
            return new Selector.MergedMembers(((Selector.MemberUnion) selector).names);
        }
        if (selector instanceof Selector.DeepScan) {
            Selector.DeepScan scan = (Selector.DeepScan) selector;
            Selector target = scan.target();
            Selector leaf = asLeaf(target);
            return leaf == target ? scan : new Selector.DeepScan(leaf);
        }
        return selector;
    }

    private static JsonPath indefinite(String pathText, List<Selector> selectors) {
        for (int i = 0; i < selectors.size() - 1; i++) {
            selectors.get(i).link(selectors.get(i + 1));
        }
        return new IndefinitePath(pathText, selectors.get(0));
    }

    /** @return the definite path made of {@code steps} from index {@code from} on, for a caller that resolved the first ones itself */
    static JsonPath definiteTail(String pathText, PathStep[] steps, int from) {
        return definite(pathText, java.util.Arrays.copyOfRange(steps, from, steps.length));
    }

    private static JsonPath definite(String pathText, PathStep[] steps) {
        if (steps.length == 0) {
            return new RootPath(pathText);
        }
        boolean membersOnly = true;
        for (PathStep step : steps) {
            membersOnly &= step instanceof PathStep.Member;
        }
        if (!membersOnly) {
            return new StepPath(pathText, steps);
        }
        return steps.length == 1 ? new MemberPath(pathText, steps) : new MemberChainPath(pathText, steps);
    }

    private Selector readDotStep() {
        if (pos < text.length() && text.charAt(pos) == '*') {
            pos++;
            refuseInReference("the wildcard '*'");
            return new Selector.Wildcard();
        }
        return new Selector.Member(readDotName());
    }

    private Selector readScanTarget() {
        if (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '*') {
                pos++;
                return new Selector.Wildcard();
            }
            if (c == '[') {
                pos++;
                return readBracket();
            }
        }
        return new Selector.Member(readDotName());
    }

    /** Dot notation: the name runs to the next {@code .} or {@code [}; hyphens and other characters are literal. */
    private String readDotName() {
        int start = pos;
        while (pos < text.length() && !endsDotName(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '(') {
            throw invalid("JSONPath functions such as '" + text.substring(start, pos) + "()' are not supported");
        }
        if (pos == start) {
            throw invalid("empty property name at position " + start);
        }
        String name = text.substring(start, pos);
        if (mode == Mode.REFERENCE) {
            for (int i = 0; i < name.length(); i++) {
                if (REFERENCE_FORBIDDEN.indexOf(name.charAt(i)) >= 0) {
                    refuseInReference("the character '" + name.charAt(i) + "'");
                }
            }
        }
        return name;
    }

    private boolean endsDotName(char c) {
        return c == '.' || c == '[' || c == '(' || (mode == Mode.EMBEDDED && EMBEDDED_NAME_END.indexOf(c) >= 0);
    }

    private Selector readBracket() {
        skipSpaces();
        if (pos >= text.length()) {
            throw invalid("unterminated '['");
        }
        char c = text.charAt(pos);
        if (c == '\'' || c == '"') {
            return readNames();
        }
        if (c == '*') {
            pos++;
            refuseInReference("the wildcard '*'");
            expectClosingBracket();
            return new Selector.Wildcard();
        }
        if (c == '?') {
            pos++;
            refuseInReference("a filter '[?(…)]'");
            return readFilter();
        }
        return readIndexes();
    }

    private Selector readNames() {
        List<String> names = new ArrayList<>();
        names.add(readQuoted(text.charAt(pos)));
        skipSpaces();
        while (pos < text.length() && text.charAt(pos) == ',') {
            refuseInReference("a union ','");
            pos++;
            skipSpaces();
            if (pos >= text.length() || (text.charAt(pos) != '\'' && text.charAt(pos) != '"')) {
                throw invalid("expected a quoted name at position " + pos);
            }
            names.add(readQuoted(text.charAt(pos)));
            skipSpaces();
        }
        expectClosingBracket();
        return names.size() == 1
                ? new Selector.Member(names.get(0))
                : new Selector.MemberUnion(names.toArray(new String[0]));
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

    private Selector readFilter() {
        skipSpaces();
        expect('(');
        FilterParser filter = new FilterParser(text, pos, depth + 1);
        FilterPredicate predicate = filter.parse();
        pos = filter.position();
        skipSpaces();
        expect(')');
        expectClosingBracket();
        return new Selector.Filter(predicate);
    }

    /** {@code [n]}, {@code [n,m,…]} or a slice {@code [start:end:step]} with any part left out. */
    private Selector readIndexes() {
        int start = pos;
        boolean hasFirst = atInteger();
        int first = hasFirst ? readInt() : 0;
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == ':') {
            refuseInReference("a slice ':'");
            return readSlice(first, hasFirst);
        }
        if (!hasFirst) {
            throw invalid("expected an index, a slice, '*', '?' or a quoted name at position " + start);
        }
        if (pos < text.length() && text.charAt(pos) == ',') {
            return readIndexUnion(first);
        }
        expectClosingBracket();
        return new Selector.Index(first);
    }

    private Selector readIndexUnion(int first) {
        refuseInReference("a union ','");
        List<Integer> indexes = new ArrayList<>();
        indexes.add(first);
        while (pos < text.length() && text.charAt(pos) == ',') {
            pos++;
            skipSpaces();
            if (!atInteger()) {
                throw invalid("expected an index at position " + pos);
            }
            indexes.add(readInt());
            skipSpaces();
        }
        expectClosingBracket();
        int[] values = new int[indexes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = indexes.get(i);
        }
        return new Selector.IndexUnion(values);
    }

    private Selector readSlice(int start, boolean hasStart) {
        pos++;
        skipSpaces();
        boolean hasEnd = atInteger();
        int end = hasEnd ? readInt() : 0;
        skipSpaces();
        int step = 1;
        if (pos < text.length() && text.charAt(pos) == ':') {
            pos++;
            skipSpaces();
            if (atInteger()) {
                int at = pos;
                step = readInt();
                if (step == 0) {
                    throw invalid("slice step must not be 0 at position " + at);
                }
                skipSpaces();
            }
        }
        expectClosingBracket();
        return new Selector.Slice(start, hasStart, end, hasEnd, step);
    }

    private boolean atInteger() {
        int i = pos;
        if (i < text.length() && text.charAt(i) == '-') {
            i++;
        }
        return i < text.length() && Character.isDigit(text.charAt(i));
    }

    private int readInt() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        try {
            return Integer.parseInt(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw invalid("index out of range at position " + start);
        }
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private void expectClosingBracket() {
        skipSpaces();
        expect(']');
    }

    private void expect(char c) {
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw invalid("expected '" + c + "' at position " + pos);
        }
        pos++;
    }

    private void refuseInReference(String what) {
        if (mode == Mode.REFERENCE) {
            throw invalid(what + " is not allowed in a reference path, which may only use '.name', ['name'] and [index] steps");
        }
    }

    private InvalidExpressionException invalid(String reason) {
        return new InvalidExpressionException(text, "Invalid JSONPath '" + text + "': " + reason);
    }
}
