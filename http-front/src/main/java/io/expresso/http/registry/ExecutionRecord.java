package io.expresso.http.registry;

import io.expresso.codec.json.Json;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.observe.ExecutionHistory;
import io.expresso.runtime.ExecutionStatus;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A run of a STANDARD-typed machine, kept so that DescribeExecution, ListExecutions and
 * StopExecution can answer for it. It is RUNNING until its outcome is set once: by the engine
 * when the run ends, or by StopExecution, whichever comes first.
 */
public final class ExecutionRecord {

    private final String arn;
    private final String name;
    private final MachineEntry machine;
    private final Revision revision;
    private final String versionArn;
    private final String aliasArn;
    private final Json input;
    private final long startMillis;
    private final long sequence;
    private final AtomicReference<Outcome> outcome = new AtomicReference<>();

    public ExecutionRecord(String arn, String name, MachineEntry machine, Revision revision, String versionArn,
            String aliasArn, Json input, long startMillis, long sequence) {
        this.arn = arn;
        this.name = name;
        this.machine = machine;
        this.revision = revision;
        this.versionArn = versionArn;
        this.aliasArn = aliasArn;
        this.input = input;
        this.startMillis = startMillis;
        this.sequence = sequence;
    }

    /**
     * How a run ended.
     *
     * @param status     SUCCEEDED, FAILED, TIMED_OUT or ABORTED
     * @param output     the output on success, else null
     * @param error      the error name, or null
     * @param cause      the cause, or null
     * @param stopMillis when it ended
     * @param history    every event of the run, or null when the run was stopped through the API
     */
    public record Outcome(ExecutionStatus status, Json output, String error, String cause, long stopMillis,
            ExecutionHistory history) {

        public static Outcome of(ExecutionResult result) {
            return new Outcome(result.status(), result.output(), result.error(), result.cause(), result.stopMillis(),
                    result.history());
        }
    }

    /** Sets the outcome unless one is set already; returns the outcome in force. */
    public Outcome end(Outcome ended) {
        return outcome.compareAndSet(null, ended) ? ended : outcome.get();
    }

    /** @return the outcome, or null while running */
    public Outcome outcome() {
        return outcome.get();
    }

    /** @return the status name as the API spells it */
    public String status() {
        Outcome ended = outcome.get();
        return ended == null ? "RUNNING" : ended.status().name();
    }

    public String arn() {
        return arn;
    }

    public String name() {
        return name;
    }

    public MachineEntry machine() {
        return machine;
    }

    public Revision revision() {
        return revision;
    }

    /** @return the version it ran, or null when started through the unqualified ARN */
    public String versionArn() {
        return versionArn;
    }

    /** @return the alias it was started through, or null */
    public String aliasArn() {
        return aliasArn;
    }

    public Json input() {
        return input;
    }

    public long startMillis() {
        return startMillis;
    }

    /** @return the order it was started in, which pages of ListExecutions resume after */
    public long sequence() {
        return sequence;
    }
}
