package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;

/** One compiled argument of an intrinsic call: a constant, a path or a nested call. */
abstract class Operand {

    Operand() {
    }

    /** @return the argument's value, or {@code null} after recording a failure in {@code scope} */
    abstract Json evaluate(Json input, EvalScope scope);
}
