package io.expresso.codec.path;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;

/** A scope with a fixed context object and variables, read from a corpus case. */
final class CorpusScope extends EvalScope {

    private final Json context;
    private final JsonObject variables;

    CorpusScope(Json context, JsonObject variables) {
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
