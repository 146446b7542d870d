package io.expresso.runtime.asl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Freezes the state maps of scopes while keeping definition order. */
final class Scopes {

    private Scopes() {
    }

    static Map<String, State> freeze(Map<String, State> states) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(states));
    }
}
