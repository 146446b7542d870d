package io.expresso.runtime.exec;

import io.expresso.codec.json.JsonString;
import io.expresso.runtime.observe.EventType;

/**
 * One compiled state: its paths, templates, rules and error policy, and direct references to the
 * states it can go to. Nodes are immutable and shared by every execution of a machine.
 */
public abstract class StateNode {

    final String name;
    /** The name as a JSON string, for {@code $$.State.Name}, made once. */
    final JsonString nameJson;
    /** The events that log entering and leaving this state ({@code exited} is {@code null} for Fail). */
    final EventType entered;
    final EventType exited;
    /**
     * The event that logs this state being stopped while it waits, when a sibling branch or
     * iteration fails; {@code null} for states that never wait (Pass, Choice, Succeed, Fail).
     */
    final EventType aborted;
    /** The node's place among its machine's states, for per-state metrics; set once at deploy. */
    int index;

    /** For a state that runs to its end without waiting, so it is never stopped in between. */
    StateNode(String name, EventType entered, EventType exited) {
        this(name, entered, exited, null);
    }

    StateNode(String name, EventType entered, EventType exited, EventType aborted) {
        this.name = name;
        this.nameJson = JsonString.of(name);
        this.entered = entered;
        this.exited = exited;
        this.aborted = aborted;
    }

    /** Sets the node's index among its machine's states; called once, by the compiler. */
    public final void index(int index) {
        this.index = index;
    }

    /**
     * @return whether the state's duration is worth recording: states that wait for something
     *     (a task, a timer, child frames) do; Pass, Choice and Succeed take well under a microsecond
     *     and recording would cost more than the state
     */
    boolean timed() {
        return false;
    }

    /** @return the state's name in its definition */
    public final String name() {
        return name;
    }

    /**
     * Runs the state on {@code frame}, whose {@link Frame#input} is the state's raw input.
     *
     * @return the next state to enter at once, or {@code null} when the frame has suspended
     *     (a task, timer or child frames will resume it) or ended
     */
    abstract StateNode run(Frame frame);
}
