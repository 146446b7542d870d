package io.expresso.codec.path;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;

/** A path with at least one step that may select many nodes; it always yields an array of its matches. */
final class IndefinitePath extends JsonPath {

    private final Selector first;

    IndefinitePath(String text, Selector first) {
        super(text);
        this.first = first;
    }

    @Override
    public Json select(Json root) {
        if (root == null) {
            return JsonArray.EMPTY;
        }
        JsonArray.Builder matches = new JsonArray.Builder(4);
        first.collect(root, root, matches);
        return matches.build();
    }

    @Override
    public boolean isDefinite() {
        return false;
    }

    /** An indefinite path never misses: no match is an empty array. */
    @Override
    public String describeMiss(Json root) {
        return "No results for path: " + text();
    }
}
