package io.expresso.runtime.integration.http;

import java.util.List;

/**
 * Merges a connection's parameters over a task's, as AWS does for headers and query strings:
 * where both name the same key the connection's value wins, taking the place of the task's first
 * entry with that key; keys only the connection has go last.
 */
final class Overrides {

    private Overrides() {
    }

    /**
     * @param base changed in place
     * @param ignoreCase whether keys match case-insensitively (header names do, query keys do not)
     */
    static void apply(List<NameValue> base, List<NameValue> overrides, boolean ignoreCase) {
        for (NameValue override : overrides) {
            int first = -1;
            for (int i = base.size() - 1; i >= 0; i--) {
                String name = base.get(i).name();
                if (ignoreCase ? name.equalsIgnoreCase(override.name()) : name.equals(override.name())) {
                    if (first >= 0) {
                        base.remove(first);
                    }
                    first = i;
                }
            }
            if (first >= 0) {
                base.set(first, override);
            } else {
                base.add(override);
            }
        }
    }
}
