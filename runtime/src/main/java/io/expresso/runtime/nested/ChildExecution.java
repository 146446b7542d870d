package io.expresso.runtime.nested;

import io.expresso.runtime.ExecutionResult;
import java.util.concurrent.CompletionStage;

/**
 * A child execution as its start answers it.
 *
 * @param executionArn the child's execution ARN
 * @param startMillis  when the start was accepted (the reply's {@code StartDate})
 * @param completion   its result when it ends; {@code null} when no new run was started (an
 *                     identical repeat of an asynchronous STANDARD start, which AWS answers with
 *                     the running execution)
 */
public record ChildExecution(String executionArn, long startMillis, CompletionStage<ExecutionResult> completion) {
}
