package io.expresso.runtime.task;

/**
 * Runs the work of Task states bound to it. A handler is called on the execution's event loop and
 * must not block it: it completes the invocation later, from any thread, or at once if the work
 * is quick. The runtime brings the completion back to the execution's own loop.
 */
@FunctionalInterface
public interface TaskHandler {

    /**
     * Starts the work for one task attempt. Throwing is the same as failing the invocation with
     * the exception (see {@link TaskInvocation#fail(String, String)} for how it is named).
     */
    void invoke(TaskInvocation invocation);

    /**
     * @return a handler that computes its result on the calling thread, for work that never blocks;
     *     a {@link TaskFailedException} fails the task with its error and cause
     */
    static TaskHandler of(SyncTask task) {
        return invocation -> invocation.succeed(task.apply(invocation.input()));
    }

    /** Work that computes a result at once. */
    @FunctionalInterface
    interface SyncTask {
        io.expresso.codec.json.Json apply(io.expresso.codec.json.Json input);
    }
}
