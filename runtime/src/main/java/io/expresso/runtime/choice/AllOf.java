package io.expresso.runtime.choice;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;

/** {@code And}: left to right, stopping at the first rule that is not true. */
public final class AllOf extends ChoiceRule {

    private final ChoiceRule[] rules;

    public AllOf(ChoiceRule[] rules) {
        this.rules = rules.clone();
    }

    @Override
    public int test(Json input, EvalScope scope) {
        for (ChoiceRule rule : rules) {
            int result = rule.test(input, scope);
            if (result != TRUE) {
                return result;
            }
        }
        return TRUE;
    }
}
