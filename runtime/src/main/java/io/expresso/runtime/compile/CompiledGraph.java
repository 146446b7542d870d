package io.expresso.runtime.compile;

import io.expresso.runtime.exec.StateNode;
import java.util.ArrayList;
import java.util.List;

/** A compiled definition: its start state, and every state node in index order (for per-state metrics). */
public final class CompiledGraph {

    private final StateNode start;
    private final List<StateNode> nodes;

    CompiledGraph(StateNode start, List<StateNode> nodes) {
        this.start = start;
        this.nodes = List.copyOf(nodes);
    }

    public StateNode start() {
        return start;
    }

    /** @return the state names by node index, nested states included */
    public List<String> stateNames() {
        List<String> names = new ArrayList<>(nodes.size());
        for (StateNode node : nodes) {
            names.add(node.name());
        }
        return names;
    }
}
