package io.expresso.codec.path;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;

/** {@code $.a.b.c}: members only, the most common shape, walked without virtual calls. */
final class MemberChainPath extends DefinitePath {

    private final String[] names;

    MemberChainPath(String text, PathStep[] steps) {
        super(text, steps);
        names = new String[steps.length];
        for (int i = 0; i < steps.length; i++) {
            names[i] = ((PathStep.Member) steps[i]).name;
        }
    }

    @Override
    public Json select(Json root) {
        Json node = root;
        for (String name : names) {
            if (!(node instanceof JsonObject)) {
                return null;
            }
            node = ((JsonObject) node).get(name);
        }
        return node;
    }
}
