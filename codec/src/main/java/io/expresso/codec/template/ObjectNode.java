package io.expresso.codec.template;

import io.expresso.codec.error.AslError;
import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;

/** An object with at least one evaluated member: keys fixed at compile time, values evaluated in order. */
final class ObjectNode extends TemplateNode {

    private final JsonObject.Shape shape;
    private final TemplateNode[] members;

    ObjectNode(JsonObject.Shape shape, TemplateNode[] members) {
        this.shape = shape;
        this.members = members;
    }

    @Override
    Json evaluate(Json input, EvalScope scope) {
        TemplateNode[] nodes = members;
        Json[] values = new Json[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            Json value = nodes[i].evaluate(input, scope);
            if (value == null) {
                return null;
            }
            values[i] = value;
        }
        Json built = JsonObject.of(shape, values);
        return built.isTooDeep() ? scope.fail(AslError.tooDeep()) : built;
    }
}
