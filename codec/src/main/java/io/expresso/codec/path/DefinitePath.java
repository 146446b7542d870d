package io.expresso.codec.path;

import io.expresso.codec.json.Json;

/** Common ground of the definite paths: the steps, for error texts and for writers. */
abstract class DefinitePath extends JsonPath {

    final PathStep[] steps;

    DefinitePath(String text, PathStep[] steps) {
        super(text);
        this.steps = steps;
    }

    @Override
    public final boolean isDefinite() {
        return true;
    }

    @Override
    public final String describeMiss(Json root) {
        StringBuilder prefix = new StringBuilder("$");
        Json node = root;
        for (int i = 0; i < steps.length; i++) {
            steps[i].appendNormalized(prefix);
            node = steps[i].apply(node);
            if (node == null) {
                return i == steps.length - 1
                        ? "No results for path: " + prefix
                        : "Missing property in path " + prefix;
            }
        }
        return "No results for path: " + prefix;
    }
}
