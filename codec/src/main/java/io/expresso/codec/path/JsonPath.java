package io.expresso.codec.path;

import io.expresso.codec.json.Json;

/**
 * A JSONPath compiled once into an accessor over one root value.
 *
 * <p>A <em>definite</em> path (only {@code .name}, {@code ['name']} and {@code [n]} steps, and
 * Jayway's {@code ['a','b']} as the last step, which merges those members into one object)
 * selects at most one node and returns {@code null} when that node does not exist. An <em>indefinite</em>
 * path ({@code [*]}, {@code ..}, slices, unions, filters) always returns an array of its matches,
 * possibly empty, as AWS does.
 */
public abstract class JsonPath {

    private final String text;

    JsonPath(String text) {
        this.text = text;
    }

    /** @return the path as written in the definition */
    public final String text() {
        return text;
    }

    /** @return the selected node, an array of matches (indefinite paths), or {@code null} if a definite path does not resolve */
    public abstract Json select(Json root);

    /** @return whether the path selects at most one node */
    public abstract boolean isDefinite();

    /**
     * Explains why this definite path found nothing in {@code root}, in Jayway's words as AWS prints
     * them: {@code No results for path: $['a']['b']} when only the last step is missing,
     * {@code Missing property in path $['a']} when an intermediate one is. Called on failure only.
     */
    public abstract String describeMiss(Json root);
}
