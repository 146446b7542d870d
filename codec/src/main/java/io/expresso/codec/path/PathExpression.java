package io.expresso.codec.path;

import io.expresso.codec.error.AslError;
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
        return compile(text, false);
    }

    /**
     * Compiles a Reference Path: like {@link #compile} but only single-node steps ({@code .name},
     * {@code ['name']}, {@code [n]}); {@code @ , : ? *} and {@code ..} are refused. Which fields
     * may use {@code $$} or {@code $name} is left to the caller.
     *
     * @throws InvalidExpressionException if {@code text} is not a valid reference path
     */
    public static PathExpression compileReference(String text) {
        return compile(text, true);
    }

    private static PathExpression compile(String text, boolean reference) {
        if (text == null || text.isEmpty() || text.charAt(0) != '$') {
            throw new InvalidExpressionException(text, "Invalid JSONPath '" + text + "': a path must start with '$'");
        }
        if (text.startsWith("$$")) {
            return context(text, parse(text, 2, reference));
        }
        int nameEnd = variableNameEnd(text);
        if (nameEnd > 1) {
            return new VariablePathExpression(text.substring(1, nameEnd), parse(text, nameEnd, reference));
        }
        return new InputPathExpression(parse(text, 1, reference));
    }

    /**
     * {@code $$.A.B…} asks the scope for {@code A.B} directly, so a runtime can answer
     * {@code $$.Execution.Input} or {@code $$.Map.Item} without building the whole context object.
     */
    private static PathExpression context(String text, JsonPath path) {
        if (path instanceof DefinitePath) {
            PathStep[] steps = ((DefinitePath) path).steps;
            if (steps.length >= 2 && steps[0] instanceof PathStep.Member && steps[1] instanceof PathStep.Member) {
                return new ContextMemberPathExpression(path, ((PathStep.Member) steps[0]).name,
                        ((PathStep.Member) steps[1]).name, PathParser.definiteTail(text, steps, 2));
            }
        }
        return new ContextPathExpression(path);
    }

    private static JsonPath parse(String text, int from, boolean reference) {
        return reference ? PathParser.parseReference(text, from) : PathParser.parse(text, from);
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

    /**
     * The cause AWS gives when an {@code InputPath} or {@code OutputPath} (and other definite
     * {@code …Path} fields) finds nothing, without the state prefix: e.g.
     * {@code Invalid path '$.a.b' : Missing property in path $['a']}. Called on failure only.
     *
     * @param input what {@link #evaluate} was given
     */
    /**
     * @return AWS's failure for a field whose path selected nothing: {@code States.Runtime},
     *     {@code The JSONPath '<path>' specified for the field '<field>' could not be found in the
     *     input '<input>'} — the state's input even when the path read {@code $$} or a variable
     *     (docs/semantics/data-flow.md#path-failures-are-statesruntime)
     */
    public final AslError notFoundFor(String field, Json input) {
        return AslError.runtime("The JSONPath '" + text() + "' specified for the field '" + field
                + "' could not be found in the input '" + input + "'");
    }

    public final String invalidPathCause(Json input, EvalScope scope) {
        return "Invalid path '" + text() + "' : " + path.describeMiss(root(input, scope));
    }

    /** @return the path as written */
    public final String text() {
        return path.text();
    }

    /** @return whether the path selects at most one node (else {@link #evaluate} gives an array) */
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

    static final class ContextMemberPathExpression extends PathExpression {
        private final String member;
        private final String child;
        private final JsonPath rest;

        ContextMemberPathExpression(JsonPath path, String member, String child, JsonPath rest) {
            super(path);
            this.member = member;
            this.child = child;
            this.rest = rest;
        }

        @Override
        public Json evaluate(Json input, EvalScope scope) {
            Json value = scope.contextMember(member, child);
            return value == null ? null : rest.select(value);
        }

        @Override
        public Json root(Json input, EvalScope scope) {
            return scope.contextObject();
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
