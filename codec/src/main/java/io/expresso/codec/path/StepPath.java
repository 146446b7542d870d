package io.expresso.codec.path;

import io.expresso.codec.json.Json;

/** A definite path that mixes member and index steps, e.g. {@code $.items[0].sku}. */
final class StepPath extends DefinitePath {

    StepPath(String text, PathStep[] steps) {
        super(text, steps);
    }

    @Override
    public Json select(Json root) {
        Json node = root;
        for (PathStep step : steps) {
            node = step.apply(node);
            if (node == null) {
                return null;
            }
        }
        return node;
    }
}
