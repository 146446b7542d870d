package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonObject;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code States.JsonMerge(left, right, deep)}: a shallow merge where the right value wins a key
 * collision whole. Deep merge ({@code deep} = {@code true}) is unsupported on AWS and fails; any
 * other third argument, even the string {@code "false"}, merges shallowly.
 *
 * <p>AWS's result lists the keys in {@link HashMap} iteration order, whatever the order of the
 * arguments, so the merge goes through a real {@code HashMap} to reproduce it exactly.
 */
final class JsonMergeCall extends IntrinsicCall {

    static final String NAME = "States.JsonMerge";

    private final Operand left;
    private final Operand right;
    private final Operand deep;

    JsonMergeCall(Operand left, Operand right, Operand deep) {
        super(NAME, false);
        this.left = left;
        this.right = right;
        this.deep = deep;
    }

    @Override
    public Json evaluate(Json input, EvalScope scope) {
        Json a = left.evaluate(input, scope);
        if (a == null) {
            return null;
        }
        Json b = right.evaluate(input, scope);
        if (b == null) {
            return null;
        }
        Json mode = deep.evaluate(input, scope);
        if (mode == null) {
            return null;
        }
        if (!(a instanceof JsonObject) || !(b instanceof JsonObject) || mode == JsonBoolean.TRUE) {
            return invalidArguments(scope);
        }
        return merge((JsonObject) a, (JsonObject) b);
    }

    private static JsonObject merge(JsonObject left, JsonObject right) {
        Map<String, Json> merged = new HashMap<>();
        for (int i = 0; i < left.size(); i++) {
            merged.put(left.keyAt(i), left.valueAt(i));
        }
        for (int i = 0; i < right.size(); i++) {
            merged.put(right.keyAt(i), right.valueAt(i));
        }
        JsonObject.Builder result = JsonObject.builder(merged.size());
        for (Map.Entry<String, Json> member : merged.entrySet()) {
            result.add(member.getKey(), member.getValue());
        }
        return result.build();
    }
}
