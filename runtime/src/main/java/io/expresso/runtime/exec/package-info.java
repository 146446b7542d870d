/**
 * Executions on event loops, and who may touch what.
 *
 * <ul>
 *   <li><b>Compiled nodes</b> ({@link io.expresso.runtime.exec.StateNode} and its subclasses,
 *   {@link io.expresso.runtime.exec.CompiledMachine}) are built once at deploy and never change after;
 *   every thread may read them, and every execution of a machine shares them.</li>
 *   <li><b>An execution</b> ({@code Execution}) and its <b>frames</b> ({@code Frame}: the top level, each
 *   Parallel branch, each Map iteration) belong to one event loop from start to end. Only that loop
 *   reads or writes them, so they hold no locks and no volatile fields. Other threads reach an
 *   execution by enqueuing onto its loop: a task handler completing from its own thread
 *   ({@code TaskAttempt}), a stop ({@link io.expresso.runtime.exec.Engine#abort}), a shutdown.</li>
 *   <li><b>A loop's list of executions</b> ({@code LoopExecutions}: time limits, aborts, its log ring's
 *   writing end) belongs to that loop too.</li>
 *   <li><b>The engine</b> ({@link io.expresso.runtime.exec.Engine}) is shared: admission is one atomic
 *   counter, placement reads immutable arrays, and shutdown runs on the caller's thread and talks to the
 *   loops only through their queues.</li>
 * </ul>
 *
 * <p>An execution that never waits gives its loop back every {@code Execution.SLICE_TRANSITIONS} steps
 * (states entered, Map items started) and goes on from the loop's queue, so no execution can hold a
 * loop: timers, I/O and the other executions on it run between its slices. Every piece of an
 * execution's work that comes from the loop's queue runs through {@code Frame.resume} (its start through
 * {@code Execution.run}), which opens a new slice and turns anything thrown into the execution's
 * {@code States.Runtime} failure.
 */
package io.expresso.runtime.exec;
