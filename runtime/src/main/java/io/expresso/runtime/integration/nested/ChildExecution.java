package io.expresso.runtime.integration.nested;

import io.expresso.runtime.ExecutionResult;
import java.util.concurrent.CompletionStage;

/**
 * A child execution as its start answers it.
 *
 * @param executionArn the child's execution ARN
 * @param startMillis  when the start was accepted (the reply's {@code StartDate})
 * @param completion   its result when it ends; may be {@code null} for an asynchronous start,
 *                     which does not wait for it (an identical repeat of a STANDARD start is
 *                     answered with the run already going, as AWS answers it)
 */
public record ChildExecution(String executionArn, long startMillis, CompletionStage<ExecutionResult> completion) {
}
