package io.expresso.runtime.choice;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.path.PathExpression;

/** {@code IsPresent}: the one test that tolerates a missing variable (present even when {@code null}). */
public final class PresenceTest extends ChoiceRule {

    private final PathExpression variable;
    private final boolean expected;

    public PresenceTest(PathExpression variable, boolean expected) {
        this.variable = variable;
        this.expected = expected;
    }

    @Override
    public int test(Json input, EvalScope scope) {
        return of((variable.evaluate(input, scope) != null) == expected);
    }
}
