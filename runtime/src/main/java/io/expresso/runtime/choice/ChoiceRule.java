package io.expresso.runtime.choice;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;

/**
 * One compiled Choice rule: a comparison, a type test, or {@code And} / {@code Or} / {@code Not}
 * over other rules. Evaluation answers {@link #TRUE}, {@link #FALSE}, or {@link #FAILED} after
 * recording a {@code States.Runtime} error in the scope (a missing {@code Variable}).
 */
public abstract class ChoiceRule {

    public static final int FALSE = 0;
    public static final int TRUE = 1;
    public static final int FAILED = -1;

    ChoiceRule() {
    }

    /** @param input the Choice state's effective input */
    public abstract int test(Json input, EvalScope scope);

    static int of(boolean value) {
        return value ? TRUE : FALSE;
    }
}
