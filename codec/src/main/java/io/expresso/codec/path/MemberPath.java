package io.expresso.codec.path;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;

/** {@code $.a}: one member of the root object. */
final class MemberPath extends DefinitePath {

    private final String name;

    MemberPath(String text, PathStep[] steps) {
        super(text, steps);
        this.name = ((PathStep.Member) steps[0]).name;
    }

    @Override
    public Json select(Json root) {
        return root instanceof JsonObject ? ((JsonObject) root).get(name) : null;
    }
}
