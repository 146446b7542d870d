package io.expresso.runtime.choice;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;

/** {@code Not}. */
public final class Negation extends ChoiceRule {

    private final ChoiceRule rule;

    public Negation(ChoiceRule rule) {
        this.rule = rule;
    }

    @Override
    public int test(Json input, EvalScope scope) {
        int result = rule.test(input, scope);
        return result == FAILED ? FAILED : 1 - result;
    }
}
