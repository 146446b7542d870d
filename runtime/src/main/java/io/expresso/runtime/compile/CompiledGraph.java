package io.expresso.runtime.compile;

import io.expresso.runtime.exec.StateNode;
import io.expresso.runtime.exec.TaskNode;
import io.expresso.runtime.observe.metrics.ResourceMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A compiled definition: its start state, and every state node in index order (for per-state metrics). */
public final class CompiledGraph {

    private final StateNode start;
    private final List<StateNode> nodes;
    private final List<ResourceMetrics> resources;

    CompiledGraph(StateNode start, List<StateNode> nodes, List<ResourceMetrics> resources) {
        this.start = start;
        this.nodes = List.copyOf(nodes);
        this.resources = List.copyOf(resources);
    }

    /** @return the Tasks' resource recorders, each held once per Task: the deployment takes them over */
    public List<ResourceMetrics> resources() {
        return resources;
    }

    /** @return how many state nodes the definition has, nested ones included */
    public int nodeCount() {
        return nodes.size();
    }

    public StateNode start() {
        return start;
    }

    /** @return the node index of each Task state by name, nested states included (state names are unique in a machine) */
    public Map<String, Integer> taskIndexes() {
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof TaskNode) {
                indexes.put(nodes.get(i).name(), i);
            }
        }
        return Map.copyOf(indexes);
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
