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

    StateNode(String name, EventType entered, EventType exited) {
        this.name = name;
        this.nameJson = JsonString.of(name);
        this.entered = entered;
        this.exited = exited;
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
