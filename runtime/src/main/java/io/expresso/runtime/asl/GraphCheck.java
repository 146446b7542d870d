package io.expresso.runtime.asl;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The graph rules, checked on the JSON itself so that a state the model could not be built for
 * still counts as a name: unique names across the whole definition, transition targets inside
 * their scope, a terminal state in every scope, every state reachable.
 *
 * <p>AWS's order and texts (recorded, and measured by a public emulator): missing targets first,
 * every one worded {@code Missing 'Next' target: X} whichever field holds it; then either
 * {@code Workflow has no terminal state} without a location (which suppresses the reachability
 * walk) or one {@code State "X" is not reachable.} per state.
 */
final class GraphCheck {

    private final Diagnostics diagnostics;
    private final Set<String> names = new HashSet<>();

    GraphCheck(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void check(JsonObject root) {
        checkScope(root, Location.ROOT, 0);
    }

    /** @param depth the branches and processors around this scope; deeper ones than the reader allows are not checked */
    private void checkScope(JsonObject scope, Location location, int depth) {
        if (!(scope.get("States") instanceof JsonObject)) {
            return;
        }
        JsonObject states = (JsonObject) scope.get("States");
        Location statesLocation = location.child("States");
        checkDuplicates(states, statesLocation);
        String startAt = string(scope.get("StartAt"));
        if (startAt != null) {
            checkTarget(states, startAt, location.child("StartAt"));
        }
        boolean terminal = false;
        for (int i = 0; i < states.size(); i++) {
            JsonObject state = asObject(states.valueAt(i));
            Location stateLocation = statesLocation.child(states.keyAt(i));
            for (Edge edge : edges(state, stateLocation)) {
                checkTarget(states, edge.target, edge.location);
            }
            terminal |= isTerminal(state);
        }
        if (!terminal) {
            diagnostics.error(DiagnosticCode.MISSING_END_STATE, "Workflow has no terminal state",
                    location.isRoot() ? null : location);
        } else if (startAt != null && states.get(startAt) != null) {
            checkReachable(states, startAt, statesLocation);
        }
        if (depth == ScopeReader.MAX_SCOPE_DEPTH) {
            return;
        }
        for (int i = 0; i < states.size(); i++) {
            checkNestedScopes(asObject(states.valueAt(i)), statesLocation.child(states.keyAt(i)), depth + 1);
        }
    }

    private void checkDuplicates(JsonObject states, Location statesLocation) {
        for (int i = 0; i < states.size(); i++) {
            String name = states.keyAt(i);
            if (!names.add(name)) {
                diagnostics.error(DiagnosticCode.DUPLICATE_STATE_NAME, "Duplicate State name: " + name,
                        statesLocation.child(name));
            }
        }
    }

    private void checkTarget(JsonObject states, String target, Location location) {
        if (states.get(target) == null) {
            diagnostics.error(DiagnosticCode.MISSING_TRANSITION_TARGET, "Missing 'Next' target: " + target, location);
        }
    }

    private void checkReachable(JsonObject states, String startAt, Location statesLocation) {
        Set<String> reached = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(startAt);
        while (!pending.isEmpty()) {
            String name = pending.poll();
            if (states.get(name) == null || !reached.add(name)) {
                continue;
            }
            for (Edge edge : edges(asObject(states.get(name)), statesLocation)) {
                pending.add(edge.target);
            }
        }
        for (int i = 0; i < states.size(); i++) {
            String name = states.keyAt(i);
            if (!reached.contains(name)) {
                diagnostics.error(DiagnosticCode.MISSING_TRANSITION_TARGET, "State \"" + name + "\" is not reachable.",
                        statesLocation.child(name));
            }
        }
    }

    private void checkNestedScopes(JsonObject state, Location stateLocation, int depth) {
        if (state.get("Branches") instanceof JsonArray) {
            JsonArray branches = (JsonArray) state.get("Branches");
            for (int i = 0; i < branches.size(); i++) {
                if (branches.get(i) instanceof JsonObject) {
                    checkScope((JsonObject) branches.get(i), stateLocation.child("Branches").index(i), depth);
                }
            }
        }
        for (String field : List.of("ItemProcessor", "Iterator")) {
            if (state.get(field) instanceof JsonObject) {
                checkScope((JsonObject) state.get(field), stateLocation.child(field), depth);
            }
        }
    }

    /** Every transition a state names, in document order: {@code Next}, each Choice rule's, {@code Default}, each catcher's. */
    private static List<Edge> edges(JsonObject state, Location stateLocation) {
        List<Edge> edges = new ArrayList<>();
        addEdge(edges, state, stateLocation, "Next");
        addElementEdges(edges, state, stateLocation, "Choices");
        addEdge(edges, state, stateLocation, "Default");
        addElementEdges(edges, state, stateLocation, "Catch");
        return edges;
    }

    private static void addElementEdges(List<Edge> edges, JsonObject state, Location stateLocation, String array) {
        if (state.get(array) instanceof JsonArray) {
            JsonArray elements = (JsonArray) state.get(array);
            for (int i = 0; i < elements.size(); i++) {
                addEdge(edges, asObject(elements.get(i)), stateLocation.child(array).index(i), "Next");
            }
        }
    }

    private static void addEdge(List<Edge> edges, JsonObject object, Location location, String field) {
        String target = string(object.get(field));
        if (target != null) {
            edges.add(new Edge(target, location.child(field)));
        }
    }

    private static boolean isTerminal(JsonObject state) {
        String type = string(state.get("Type"));
        return "Succeed".equals(type) || "Fail".equals(type) || JsonBoolean.TRUE.equals(state.get("End"));
    }

    private static JsonObject asObject(Json value) {
        return value instanceof JsonObject ? (JsonObject) value : JsonObject.EMPTY;
    }

    private static String string(Json value) {
        return value instanceof JsonString ? ((JsonString) value).value() : null;
    }

    /** A transition and where it is written. */
    private static final class Edge {
        final String target;
        final Location location;

        Edge(String target, Location location) {
            this.target = target;
            this.location = location;
        }
    }
}
