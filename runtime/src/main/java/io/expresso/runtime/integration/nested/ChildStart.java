package io.expresso.runtime.integration.nested;

import io.expresso.codec.json.Json;
import io.expresso.runtime.Arns;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.StateMachine;
import io.expresso.runtime.exec.ExecutionRejectedException;
import java.util.concurrent.CompletableFuture;

/** One start of a child execution that a Task asked for, as a {@link MachineReference} receives it. */
public final class ChildStart {

    private final String name;
    private final Json input;
    private final boolean sync;
    private final ChildLauncher launcher;

    ChildStart(String name, Json input, boolean sync, ChildLauncher launcher) {
        this.name = name;
        this.input = input;
        this.sync = sync;
        this.launcher = launcher;
    }

    /** @return the execution name: the Task's {@code Name}, or a generated UUID */
    public String name() {
        return name;
    }

    /** @return the child's input */
    public Json input() {
        return input;
    }

    /** @return whether the Task waits for the child's result (StartSyncExecution), which only EXPRESS machines allow */
    public boolean sync() {
        return sync;
    }

    /**
     * Runs {@code machine} as the child, on the parent's event loop.
     *
     * @param executionArn the ARN to run under, or {@code null} for the Express form
     *     ({@code …:express:<machine>:<name>:<uuid>})
     * @param keepHistory  whether to keep every event, for GetExecutionHistory of STANDARD-typed machines
     * @throws ChildStartException {@code ExecutionLimitExceeded} when the runtime is at its in-flight limit
     */
    public ChildExecution launch(StateMachine machine, String executionArn, boolean keepHistory) {
        String arn = executionArn != null ? executionArn
                : Arns.expressExecution(machine.arn(), name);
        long startMillis = System.currentTimeMillis();
        CompletableFuture<ExecutionResult> completion = launcher.launch(machine, name, arn, input, !sync, keepHistory);
        if (completion.isCompletedExceptionally()) {
            throw refusal(completion);
        }
        return new ChildExecution(arn, startMillis, completion);
    }

    /** The engine refuses a start at once, so a refused completion is already failed with the reason. */
    private static ChildStartException refusal(CompletableFuture<ExecutionResult> refused) {
        Throwable reason = refused.handle((result, failure) -> failure).join();
        if (reason instanceof ExecutionRejectedException rejected
                && rejected.reason() == ExecutionRejectedException.Reason.THROTTLED) {
            return new ChildStartException("ExecutionLimitExceeded",
                    "Execution Limit Exceeded: 'The maximum number of running executions has been reached.'");
        }
        return new ChildStartException("ServiceUnavailable", reason.getMessage());
    }
}
