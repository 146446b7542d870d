package io.expresso.codec.path;

import io.expresso.codec.error.InvalidExpressionException;
import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;

/**
 * A compiled path together with what it reads: the input ({@code $…}), the context object
 * ({@code $$…}) or a workflow variable ({@code $name…}).
 */
public abstract class PathExpression {

    final JsonPath path;

    PathExpression(JsonPath path) {
        this.path = path;
    }

    /**
     * Compiles a Path: {@code $…}, {@code $$…} or {@code $name…}, indefinite steps allowed.
     *
     * @throws InvalidExpressionException if {@code text} is not a valid path
     */
    public static PathExpression compile(String text) {
        if (text == null || text.isEmpty() || text.charAt(0) != '$') {
            throw new InvalidExpressionException(text, "Invalid JSONPath '" + text + "': a path must start with '$'");
        }
        if (text.startsWith("$$")) {
            return new ContextPathExpression(PathParser.parse(text, 2));
        }
        int nameEnd = variableNameEnd(text);
        if (nameEnd > 1) {
            return new VariablePathExpression(text.substring(1, nameEnd), PathParser.parse(text, nameEnd));
        }
        return new InputPathExpression(PathParser.parse(text, 1));
    }

    /** Variable names start with a letter or underscore and go on with letters, digits and underscores. */
    private static int variableNameEnd(String text) {
        int i = 1;
        if (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                i++;
            }
        }
        return i;
    }

    /** @return the selected value, or {@code null} when a definite path does not resolve (no failure is recorded) */
    public abstract Json evaluate(Json input, EvalScope scope);

    /** @return the value the path reads from, for error texts */
    public abstract Json root(Json input, EvalScope scope);

    /** @return the path as written */
    public final String text() {
        return path.text();
    }

    public final boolean isDefinite() {
        return path.isDefinite();
    }

    /** @return the compiled path without its source */
    public final JsonPath path() {
        return path;
    }

    static final class InputPathExpression extends PathExpression {
        InputPathExpression(JsonPath path) {
            super(path);
        }

        @Override
        public Json evaluate(Json input, EvalScope scope) {
            return path.select(input);
        }

        @Override
        public Json root(Json input, EvalScope scope) {
            return input;
        }
    }

    static final class ContextPathExpression extends PathExpression {
        ContextPathExpression(JsonPath path) {
            super(path);
        }

        @Override
        public Json evaluate(Json input, EvalScope scope) {
            return path.select(scope.contextObject());
        }

        @Override
        public Json root(Json input, EvalScope scope) {
            return scope.contextObject();
        }
    }

    static final class VariablePathExpression extends PathExpression {
        private final String name;

        VariablePathExpression(String name, JsonPath path) {
            super(path);
            this.name = name;
        }

        /** @return the variable's name, without the {@code $} */
        String name() {
            return name;
        }

        @Override
        public Json evaluate(Json input, EvalScope scope) {
            Json value = scope.variable(name);
            return value == null ? null : path.select(value);
        }

        @Override
        public Json root(Json input, EvalScope scope) {
            return scope.variable(name);
        }
    }
}
