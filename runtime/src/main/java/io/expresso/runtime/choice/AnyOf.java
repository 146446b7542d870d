package io.expresso.runtime.choice;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;

/** {@code Or}: left to right, stopping at the first rule that is not false. */
public final class AnyOf extends ChoiceRule {

    private final ChoiceRule[] rules;

    public AnyOf(ChoiceRule[] rules) {
        this.rules = rules.clone();
    }

    @Override
    public int test(Json input, EvalScope scope) {
        for (ChoiceRule rule : rules) {
            int result = rule.test(input, scope);
            if (result != FALSE) {
                return result;
            }
        }
        return FALSE;
    }
}
