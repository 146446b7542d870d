package io.expresso.runtime.integration.nested;

import io.expresso.codec.json.Json;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.StateMachine;
import java.util.concurrent.CompletableFuture;

/**
 * How the runtime runs a child execution: on the caller's event loop, beginning from the loop's
 * queue, counted toward the in-flight limit. The runtime implements it; directories reach it
 * through {@link ChildStart#launch}.
 */
@FunctionalInterface
public interface ChildLauncher {

    /**
     * @param async       whether the child was started asynchronously (it shows {@code RedriveCount} in {@code $$})
     * @param keepHistory whether to keep every event for GetExecutionHistory (STANDARD-typed machines)
     * @return the child's completion, already failed with
     *     {@link io.expresso.runtime.exec.ExecutionRejectedException} when the runtime refuses it
     */
    CompletableFuture<ExecutionResult> launch(StateMachine machine, String name, String executionArn, Json input,
            boolean async, boolean keepHistory);
}
