package io.expresso.runtime;

import io.expresso.codec.json.Json;
import io.expresso.runtime.exec.ExecutionIdentity;
import io.expresso.runtime.observe.ExecutionHistory;

/**
 * The outcome of one execution: its status, its output (on success) or error and cause, and
 * when it started and stopped.
 */
public final class ExecutionResult {

    private final ExecutionIdentity identity;
    private final String stateMachineArn;
    private final ExecutionStatus status;
    private final Json input;
    private final Json output;
    private final String error;
    private final String cause;
    private final long startMillis;
    private final long stopMillis;
    private final ExecutionHistory history;

    public ExecutionResult(ExecutionIdentity identity, String stateMachineArn, ExecutionStatus status,
            Json input, Json output, String error, String cause, long startMillis, long stopMillis,
            ExecutionHistory history) {
        this.history = history;
        this.identity = identity;
        this.stateMachineArn = stateMachineArn;
        this.status = status;
        this.input = input;
        this.output = output;
        this.error = error;
        this.cause = cause;
        this.startMillis = startMillis;
        this.stopMillis = stopMillis;
    }

    public String executionArn() {
        return identity.arn();
    }

    public String name() {
        return identity.name();
    }

    public String stateMachineArn() {
        return stateMachineArn;
    }

    public ExecutionStatus status() {
        return status;
    }

    public Json input() {
        return input;
    }

    /** @return the output when {@link ExecutionStatus#SUCCEEDED}, else {@code null} */
    public Json output() {
        return output;
    }

    /** @return the error name, or {@code null} (on success, or a Fail state without one) */
    public String error() {
        return error;
    }

    /** @return the cause text, or {@code null} */
    public String cause() {
        return cause;
    }

    public long startMillis() {
        return startMillis;
    }

    public long stopMillis() {
        return stopMillis;
    }

    /** @return every event of the execution when it was started to keep them, else {@code null} */
    public ExecutionHistory history() {
        return history;
    }

    @Override
    public String toString() {
        return status + (output != null ? " " + output : "") + (error != null ? " " + error : "")
                + (cause != null ? ": " + cause : "");
    }
}
