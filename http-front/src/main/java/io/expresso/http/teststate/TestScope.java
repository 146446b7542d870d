package io.expresso.http.teststate;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;

/** The context object and variables a tested state's paths and templates read. */
final class TestScope extends EvalScope {

    private final JsonObject context;
    private final JsonObject variables;

    TestScope(JsonObject context, JsonObject variables) {
        this.context = context;
        this.variables = variables;
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
