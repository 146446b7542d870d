package io.expresso.codec.template;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;

/** A subtree with nothing to evaluate: the definition's own value, shared by every output. */
final class ConstantNode extends TemplateNode {

    private final Json value;

    ConstantNode(Json value) {
        this.value = value;
    }

    @Override
    Json evaluate(Json input, EvalScope scope) {
        return value;
    }
}
