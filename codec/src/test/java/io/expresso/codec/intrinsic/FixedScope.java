package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;

/** A scope with a fixed context object and fixed variables, standing in for an execution frame. */
final class FixedScope extends EvalScope {

    private final Json context;
    private final JsonObject variables;

    FixedScope(Json context, JsonObject variables) {
        this.context = context;
        this.variables = variables;
    }

    static FixedScope empty() {
        return new FixedScope(JsonObject.EMPTY, JsonObject.EMPTY);
    }

    @Override
    public Json contextObject() {
        return context;
    }

    @Override
    public Json variable(String name) {
        return variables.get(name);
    }
}
