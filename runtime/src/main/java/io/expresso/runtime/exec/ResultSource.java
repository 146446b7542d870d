package io.expresso.runtime.exec;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.template.PayloadTemplate;

/** Where a Pass state's result comes from: {@code Result}, {@code Parameters}, or the effective input. */
public abstract class ResultSource {

    /** Neither {@code Result} nor {@code Parameters}: the effective input is the result. */
    public static final ResultSource EFFECTIVE_INPUT = new EffectiveInput();

    ResultSource() {
    }

    /** {@code Result}: a literal, never evaluated (keys ending in {@code .$} stay as written). */
    public static ResultSource literal(Json result) {
        return new Literal(result);
    }

    public static ResultSource template(PayloadTemplate parameters) {
        return new Template(parameters);
    }

    /** @return the result, or {@code null} after recording a failure */
    abstract Json produce(Json effectiveInput, EvalScope scope);

    private static final class EffectiveInput extends ResultSource {
        @Override
        Json produce(Json effectiveInput, EvalScope scope) {
            return effectiveInput;
        }
    }

    private static final class Literal extends ResultSource {
        private final Json result;

        Literal(Json result) {
            this.result = result;
        }

        @Override
        Json produce(Json effectiveInput, EvalScope scope) {
            return result;
        }
    }

    private static final class Template extends ResultSource {
        private final PayloadTemplate template;

        Template(PayloadTemplate template) {
            this.template = template;
        }

        @Override
        Json produce(Json effectiveInput, EvalScope scope) {
            return template.evaluate(effectiveInput, scope);
        }
    }
}
