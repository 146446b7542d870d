package io.expresso.http.ops;

import io.expresso.http.registry.ExecutionWindow;
import io.expresso.http.registry.MachineRegistry;
import io.expresso.runtime.Expresso;

/**
 * What the operations share: the runtime that compiles and runs, the machines, the window of
 * recent STANDARD runs, and whether STANDARD machines are refused.
 *
 * @param expresso   the runtime, running on the server's event loops
 * @param machines   the state machines
 * @param executions recent runs of STANDARD-typed machines
 * @param strict     whether CreateStateMachine refuses type STANDARD
 */
public record Backend(Expresso expresso, MachineRegistry machines, ExecutionWindow executions, boolean strict) {
}
