package io.expresso.runtime.task;

/** Thrown by a handler to fail its task with a chosen error name and cause. */
public final class TaskFailedException extends RuntimeException {

    private final String error;
    private final String cause;

    public TaskFailedException(String error, String cause) {
        super(error + (cause == null ? "" : ": " + cause));
        this.error = error;
        this.cause = cause;
    }

    public String error() {
        return error;
    }

    /** @return the cause text, or {@code null} */
    public String causeText() {
        return cause;
    }
}
