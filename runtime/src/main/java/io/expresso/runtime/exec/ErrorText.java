package io.expresso.runtime.exec;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.intrinsic.IntrinsicCall;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.path.PathExpression;

/** A Fail state's {@code Error} or {@code Cause}: a literal, a path, or a string-returning intrinsic call. */
public abstract class ErrorText {

    ErrorText() {
    }

    public static ErrorText literal(String text) {
        return new Literal(JsonString.of(text));
    }

    public static ErrorText path(PathExpression path) {
        return new Path(path);
    }

    public static ErrorText call(IntrinsicCall call) {
        return new Call(call);
    }

    /**
     * @param field {@code ErrorPath} or {@code CausePath}, for the failure text
     * @return the string, or {@code null} after recording a failure in {@code scope}
     */
    abstract JsonString resolve(Json input, EvalScope scope, String field);

    private static final class Literal extends ErrorText {
        private final JsonString text;

        Literal(JsonString text) {
            this.text = text;
        }

        @Override
        JsonString resolve(Json input, EvalScope scope, String field) {
            return text;
        }
    }

    private static final class Path extends ErrorText {
        private final PathExpression path;

        Path(PathExpression path) {
            this.path = path;
        }

        @Override
        JsonString resolve(Json input, EvalScope scope, String field) {
            Json value = path.evaluate(input, scope);
            if (value == null) {
                scope.fail(path.notFoundFor(field, input));
                return null;
            }
            // A non-string value is given as its JSON text, as AWS prints it.
            return value instanceof JsonString ? (JsonString) value : JsonString.of(value.toString());
        }
    }

    private static final class Call extends ErrorText {
        private final IntrinsicCall call;

        Call(IntrinsicCall call) {
            this.call = call;
        }

        @Override
        JsonString resolve(Json input, EvalScope scope, String field) {
            Json value = call.evaluate(input, scope);
            if (value == null) {
                return null;
            }
            return value instanceof JsonString ? (JsonString) value : JsonString.of(value.toString());
        }
    }
}
