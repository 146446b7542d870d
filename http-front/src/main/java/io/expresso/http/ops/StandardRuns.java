package io.expresso.http.ops;

import io.expresso.codec.json.Json;
import io.expresso.http.api.ApiException;
import io.expresso.http.api.ErrorType;
import io.expresso.http.registry.ExecutionRecord;
import io.expresso.http.registry.ExecutionWindow;
import io.expresso.runtime.ExecutionResult;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Starts runs of STANDARD-typed machines and remembers them in the window, whoever starts them:
 * StartExecution, or a Task of another execution. Idempotent on (name, input) while the run is
 * remembered and going, as AWS's Standard starts are.
 */
final class StandardRuns {

    private final ExecutionWindow window;

    StandardRuns(ExecutionWindow window) {
        this.window = window;
    }

    /**
     * @param arn    the run's {@code execution:} ARN
     * @param launch runs the machine under {@code arn}, keeping its history; may throw to refuse
     * @return the new run, or the run going under {@code arn} with the same input
     * @throws ApiException ExecutionAlreadyExists when a remembered run of that ARN ended or had another input
     */
    ExecutionRecord start(Targets.ExecutionTarget target, String arn, String name, Json input,
            Supplier<CompletionStage<ExecutionResult>> launch) {
        ExecutionRecord existing = window.get(arn);
        if (existing != null) {
            if (existing.outcome() == null && existing.input().equals(input)) {
                return existing;
            }
            throw new ApiException(ErrorType.EXECUTION_ALREADY_EXISTS, "Execution Already Exists: '" + arn + "'");
        }
        ExecutionRecord record = new ExecutionRecord(arn, name, target.machine(), target.revision(), target.versionArn(),
                target.aliasArn(), input, System.currentTimeMillis(), window.nextSequence());
        launch.get().thenAccept(result -> record.end(ExecutionRecord.Outcome.of(result)));
        window.add(record);
        return record;
    }
}
