package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;

/** A literal argument ({@code 'text'}, a number, {@code true}, {@code false}, {@code null}), built once. */
final class ConstantOperand extends Operand {

    private final Json value;

    ConstantOperand(Json value) {
        this.value = value;
    }

    Json value() {
        return value;
    }

    @Override
    Json evaluate(Json input, EvalScope scope) {
        return value;
    }
}
