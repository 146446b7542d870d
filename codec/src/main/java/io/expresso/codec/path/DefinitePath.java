package io.expresso.codec.path;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;

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

    /**
     * Follows Jayway with its default JSON provider: a missing member is "No results" as the last
     * step and "Missing property" before it; an index out of range yields no result at all, so
     * the whole path is named whatever its position. A member on a non-object or an index on a
     * non-array is reported as missing at that step (Jayway's own text there names Java classes
     * of its JSON provider, which AWS's cannot be known).
     */
    @Override
    public final String describeMiss(Json root) {
        StringBuilder prefix = new StringBuilder("$");
        Json node = root;
        for (int i = 0; i < steps.length; i++) {
            PathStep step = steps[i];
            step.appendNormalized(prefix);
            Json child = node == null ? null : step.apply(node);
            if (child == null) {
                if (step instanceof PathStep.Index && node instanceof JsonArray) {
                    return "No results for path: " + normalized();
                }
                return i == steps.length - 1
                        ? "No results for path: " + prefix
                        : "Missing property in path " + prefix;
            }
            node = child;
        }
        return "No results for path: " + prefix;
    }

    /** @return the path in Jayway's bracket form, e.g. {@code $['a'][0]} */
    final String normalized() {
        StringBuilder out = new StringBuilder("$");
        for (PathStep step : steps) {
            step.appendNormalized(out);
        }
        return out.toString();
    }
}
