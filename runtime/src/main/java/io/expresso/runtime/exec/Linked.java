package io.expresso.runtime.exec;

/**
 * A state with a {@code Next}. Links are set once, at deploy, after every node of a scope exists,
 * so that loops in the graph can be built; {@code null} means {@code End}.
 */
public interface Linked {

    void link(StateNode next);
}
