package io.expresso.codec.path;

import io.expresso.codec.json.Json;

/** {@code $}: the whole root. */
final class RootPath extends DefinitePath {

    RootPath(String text) {
        super(text, new PathStep[0]);
    }

    @Override
    public Json select(Json root) {
        return root;
    }
}
