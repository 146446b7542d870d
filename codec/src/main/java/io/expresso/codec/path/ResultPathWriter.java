package io.expresso.codec.path;

import io.expresso.codec.error.AslError;
import io.expresso.codec.error.InvalidExpressionException;
import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;

/**
 * A compiled {@code ResultPath}: places a state's result into its raw input (docs/semantics/data-flow.md#resultpath).
 *
 * <p>Only the objects along the path are copied; every other value of the input is shared with
 * the output. Missing intermediate objects are created, a new key goes last, an existing key keeps
 * its position. Writing through anything but an object (or, for an index step, an existing array
 * element) fails with {@code States.ResultPathMatchFailure}.
 */
public abstract class ResultPathWriter {

    private final String text;

    ResultPathWriter(String text) {
        this.text = text;
    }

    /**
     * Compiles a {@code ResultPath} value.
     *
     * @param textOrNull the path, or {@code null} to discard the result and pass the raw input on
     * @throws InvalidExpressionException if the text is not a reference path on the input, or uses
     *     {@code $$} or a variable (not allowed in {@code ResultPath})
     */
    public static ResultPathWriter compile(String textOrNull) {
        if (textOrNull == null) {
            return new DiscardResult();
        }
        String text = textOrNull;
        if (text.startsWith("$$")) {
            throw new InvalidExpressionException(text, "Invalid ResultPath '" + text + "': a ResultPath may not refer to the context object ($$)");
        }
        if (text.length() > 1 && text.charAt(0) == '$' && text.charAt(1) != '.' && text.charAt(1) != '[') {
            throw new InvalidExpressionException(text, "Invalid ResultPath '" + text + "': a ResultPath may not refer to a variable");
        }
        JsonPath path = PathExpression.compileReference(text).path();
        if (path instanceof RootPath) {
            return new ReplaceWhole(text);
        }
        PathStep[] steps = ((DefinitePath) path).steps;
        if (path instanceof MemberPath) {
            return new MemberWriter(text, ((PathStep.Member) steps[0]).name);
        }
        if (path instanceof MemberChainPath) {
            return new MemberChainWriter(text, steps);
        }
        return new StepWriter(text, steps);
    }

    /** @return the path as written, or {@code null} for a {@code null} ResultPath */
    public final String text() {
        return text;
    }

    /**
     * Places {@code result} into {@code rawInput}.
     *
     * @return the state's output, or {@code null} after {@code scope.fail(States.ResultPathMatchFailure)},
     *     or after {@code scope.fail(States.Runtime)} when the output would nest deeper than
     *     {@link Json#MAX_DEPTH} (a state that keeps wrapping its input in itself)
     */
    public final Json write(Json rawInput, Json result, EvalScope scope) {
        Json output = place(rawInput, result, scope);
        return output != null && output.isTooDeep() ? scope.fail(AslError.tooDeep()) : output;
    }

    /** @return {@code result} placed into {@code rawInput}, or {@code null} after {@link #fail} */
    abstract Json place(Json rawInput, Json result, EvalScope scope);

    /** The cause is our own wording: AWS's is not recorded (docs/semantics/data-flow.md#resultpath). */
    final Json fail(Json rawInput, EvalScope scope) {
        return scope.fail(AslError.of(AslError.RESULT_PATH_MATCH_FAILURE,
                "Unable to apply ResultPath '" + text + "' to input '" + rawInput + "'"));
    }

    /** {@code "ResultPath": null}: the raw input goes on, the result is dropped. */
    static final class DiscardResult extends ResultPathWriter {
        DiscardResult() {
            super(null);
        }

        @Override
        Json place(Json rawInput, Json result, EvalScope scope) {
            return rawInput;
        }
    }

    /** {@code "$"}: the result replaces the input. */
    static final class ReplaceWhole extends ResultPathWriter {
        ReplaceWhole(String text) {
            super(text);
        }

        @Override
        Json place(Json rawInput, Json result, EvalScope scope) {
            return result;
        }
    }

    /** {@code "$.name"}: the most common form, one copied object. */
    static final class MemberWriter extends ResultPathWriter {
        private final String name;

        MemberWriter(String text, String name) {
            super(text);
            this.name = name;
        }

        @Override
        Json place(Json rawInput, Json result, EvalScope scope) {
            if (!(rawInput instanceof JsonObject)) {
                return fail(rawInput, scope);
            }
            return ((JsonObject) rawInput).with(name, result);
        }
    }

    /** {@code "$.a.b.c"}: copies each object on the way down, creating the missing ones. */
    static final class MemberChainWriter extends ResultPathWriter {
        private final String[] names;

        MemberChainWriter(String text, PathStep[] steps) {
            super(text);
            names = new String[steps.length];
            for (int i = 0; i < steps.length; i++) {
                names[i] = ((PathStep.Member) steps[i]).name;
            }
        }

        @Override
        Json place(Json rawInput, Json result, EvalScope scope) {
            Json output = place(rawInput, 0, result);
            return output == null ? fail(rawInput, scope) : output;
        }

        /** @return {@code node} with the result placed below it, or {@code null} if {@code node} is not an object */
        private Json place(Json node, int depth, Json result) {
            if (!(node instanceof JsonObject)) {
                return null;
            }
            JsonObject object = (JsonObject) node;
            String name = names[depth];
            if (depth == names.length - 1) {
                return object.with(name, result);
            }
            Json child = object.get(name);
            Json placed = place(child == null ? JsonObject.EMPTY : child, depth + 1, result);
            return placed == null ? null : object.with(name, placed);
        }
    }

    /**
     * A path with index steps, e.g. {@code "$.items[1].status"}: an index step replaces an
     * existing element of an array (negative indexes count from the end); an index out of range
     * or on a non-array fails, and no array is ever created.
     */
    static final class StepWriter extends ResultPathWriter {
        private final PathStep[] steps;

        StepWriter(String text, PathStep[] steps) {
            super(text);
            this.steps = steps;
        }

        @Override
        Json place(Json rawInput, Json result, EvalScope scope) {
            Json output = place(rawInput, 0, result);
            return output == null ? fail(rawInput, scope) : output;
        }

        private Json place(Json node, int depth, Json result) {
            PathStep step = steps[depth];
            boolean last = depth == steps.length - 1;
            if (step instanceof PathStep.Member) {
                if (!(node instanceof JsonObject)) {
                    return null;
                }
                JsonObject object = (JsonObject) node;
                String name = ((PathStep.Member) step).name;
                if (last) {
                    return object.with(name, result);
                }
                Json child = object.get(name);
                if (child == null && steps[depth + 1] instanceof PathStep.Index) {
                    return null;
                }
                Json placed = place(child == null ? JsonObject.EMPTY : child, depth + 1, result);
                return placed == null ? null : object.with(name, placed);
            }
            if (!(node instanceof JsonArray)) {
                return null;
            }
            JsonArray array = (JsonArray) node;
            int index = ((PathStep.Index) step).index;
            int at = index < 0 ? array.size() + index : index;
            Json element = array.get(at);
            if (element == null) {
                return null;
            }
            Json placed = last ? result : place(element, depth + 1, result);
            return placed == null ? null : replaced(array, at, placed);
        }

        private static JsonArray replaced(JsonArray array, int at, Json value) {
            JsonArray.Builder copy = new JsonArray.Builder(array.size());
            for (int i = 0; i < array.size(); i++) {
                copy.add(i == at ? value : array.get(i));
            }
            return copy.build();
        }
    }
}
