package io.expresso.codec.template;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.path.PathExpression;

/** {@code "key.$": "$.path"} (or {@code $$…}, {@code $var…}): the value the path selects. */
final class PathValueNode extends TemplateNode {

    private final String fieldKey;
    private final PathExpression path;

    PathValueNode(String fieldKey, PathExpression path) {
        this.fieldKey = fieldKey;
        this.path = path;
    }

    @Override
    Json evaluate(Json input, EvalScope scope) {
        Json value = path.evaluate(input, scope);
        if (value == null) {
            return scope.fail(path.notFoundFor(fieldKey, input));
        }
        return value;
    }
}
