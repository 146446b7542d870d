package io.expresso.runtime.exec;

/** An execution that was not started: the runtime is at its in-flight limit, or shutting down. */
public final class ExecutionRejectedException extends RuntimeException {

    /** Why the start was refused. */
    public enum Reason { THROTTLED, SHUTTING_DOWN }

    private final Reason reason;

    public ExecutionRejectedException(Reason reason) {
        super(reason == Reason.THROTTLED
                ? "Rate exceeded: too many executions in flight"
                : "The runtime is shutting down and accepts no new executions");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
