package io.expresso.codec.template;

import io.expresso.codec.error.AslError;
import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;

/** An array holding at least one object with evaluated members. */
final class ArrayNode extends TemplateNode {

    private final TemplateNode[] elements;

    ArrayNode(TemplateNode[] elements) {
        this.elements = elements;
    }

    @Override
    Json evaluate(Json input, EvalScope scope) {
        Json[] values = new Json[elements.length];
        for (int i = 0; i < elements.length; i++) {
            Json value = elements[i].evaluate(input, scope);
            if (value == null) {
                return null;
            }
            values[i] = value;
        }
        Json built = JsonArray.wrap(values);
        return built.isTooDeep() ? scope.fail(AslError.tooDeep()) : built;
    }
}
