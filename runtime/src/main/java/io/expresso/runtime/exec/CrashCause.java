package io.expresso.runtime.exec;

/**
 * Words for a Throwable that escaped an execution, as the cause of its {@code States.Runtime}
 * failure. The caller of the API sees only this text, so it names what went wrong in the terms of
 * the workflow, never a Java class; the stack trace goes to the runtime's log.
 */
final class CrashCause {

    private CrashCause() {
    }

    static String describe(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return "The state's data or expressions are nested too deeply to evaluate.";
        }
        if (failure instanceof OutOfMemoryError) {
            return "The runtime ran out of memory while running the state.";
        }
        return "An internal error stopped the execution; the runtime's log has the details.";
    }
}
