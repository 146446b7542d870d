package io.expresso.codec.template;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.intrinsic.IntrinsicCall;
import io.expresso.codec.json.Json;

/** {@code "key.$": "States.Fn(…)"}: the value of an intrinsic call, compiled once. */
final class IntrinsicValueNode extends TemplateNode {

    private final IntrinsicCall call;

    IntrinsicValueNode(IntrinsicCall call) {
        this.call = call;
    }

    @Override
    Json evaluate(Json input, EvalScope scope) {
        return call.evaluate(input, scope);
    }
}
