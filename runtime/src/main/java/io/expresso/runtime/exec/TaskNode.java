package io.expresso.runtime.exec;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.runtime.mock.MockOutcome;
import io.expresso.runtime.mock.MockedResponse;
import io.expresso.runtime.observe.TaskResourceName;
import io.expresso.runtime.observe.metrics.ResourceMetrics;
import io.expresso.runtime.task.LambdaArns;
import io.expresso.codec.path.ResultPathWriter;
import io.expresso.codec.template.PayloadTemplate;
import io.expresso.runtime.observe.EventType;
import java.util.concurrent.TimeUnit;

/**
 * A Task state: InputPath → Parameters → handler → ResultSelector → ResultPath → OutputPath,
 * with Retry and Catch. The handler runs asynchronously; a quick handler that completes on the
 * loop before returning continues the frame without a queue hop.
 */
public final class TaskNode extends RetryingNode {

    private final String resource;
    /** Legacy Lambda function ARNs log {@code LambdaFunction*} events; everything else {@code Task*} events. */
    private final boolean lambdaFunction;
    private final TaskResourceName resourceName;
    private final ResourceMetrics resourceMetrics;
    private final PathFilter inputPath;
    private final PayloadTemplate parameters;
    private final TaskBinding binding;
    private final TaskTimeout timeout;
    private final TaskTimeout heartbeat;
    private final PayloadTemplate resultSelector;
    private final ResultPathWriter resultPath;
    private final PathFilter outputPath;

    /** @param parameters {@code null} when absent (likewise resultSelector) */
    public TaskNode(String name, String resource, PathFilter inputPath, PayloadTemplate parameters,
            TaskBinding binding, ResourceMetrics resourceMetrics, TaskTimeout timeout, TaskTimeout heartbeat,
            PayloadTemplate resultSelector,
            ResultPathWriter resultPath,
            PathFilter outputPath, ErrorPolicy errorPolicy) {
        super(name, EventType.TaskStateEntered, EventType.TaskStateExited, EventType.TaskStateAborted, errorPolicy);
        this.resource = resource;
        this.resourceMetrics = resourceMetrics;
        this.lambdaFunction = LambdaArns.isFunctionArn(resource);
        this.resourceName = TaskResourceName.of(resource);
        this.inputPath = inputPath;
        this.parameters = parameters;
        this.binding = binding;
        this.timeout = timeout;
        this.heartbeat = heartbeat;
        this.resultSelector = resultSelector;
        this.resultPath = resultPath;
        this.outputPath = outputPath;
    }

    String resource() {
        return resource;
    }

    @Override
    public StateNode attempt(Frame frame) {
        Json effective = inputPath.apply(frame.input, frame);
        frame.inspect(InspectionStep.AFTER_INPUT_PATH, effective);
        Json request = effective == null || parameters == null ? effective : parameters.evaluate(effective, frame);
        frame.inspect(InspectionStep.AFTER_PARAMETERS, request);
        long timeoutMillis = request == null ? -1 : timeout.millis(effective, frame);
        long heartbeatMillis = timeoutMillis < 0 ? -1 : heartbeat.millis(effective, frame);
        if (heartbeatMillis < 0) {
            return frame.failState(frame.evaluationFailure());
        }
        MockOutcome mocked = null;
        MockTestCase mocks = frame.execution.mocks;
        if (mocks != null && mocks.response(index) != null) {
            MockedResponse response = mocks.response(index);
            int invocation = frame.execution.nextMockInvocation(index);
            mocked = response.invocation(invocation);
            if (mocked == null) {
                // Responses are not recycled and the real resource is not called instead
                // (docs/semantics/mocks.md#invocation-numbers).
                return frame.failState(AslError.runtime("No mocked response for state '" + name + "' invocation "
                        + invocation + " in test case '" + mocks.name() + "' (mocked response '" + response.name()
                        + "')."));
            }
        } else if (frame.execution.probe != null) {
            mocked = frame.execution.probe.mock();
        }
        if (lambdaFunction) {
            frame.event(EventType.LambdaFunctionScheduled, resource, request, null, null, 0);
            frame.event(EventType.LambdaFunctionStarted);
        } else {
            frame.event(EventType.TaskScheduled, resourceName, request, null, null, 0);
            frame.event(EventType.TaskStarted, resourceName, null, null, null, 0);
        }
        resourceMetrics.scheduled();
        resourceMetrics.started();
        TaskAttempt attempt = new TaskAttempt(frame, this, request);
        if (mocked == null) {
            binding.start(attempt);
        } else {
            startMocked(frame, attempt, mocked);
        }
        if (attempt.completedInline) {
            return complete(frame, attempt);
        }
        attempt.suspended = true;
        frame.pendingTask = attempt;
        if (timeoutMillis > 0) {
            attempt.timeout = frame.execution.loop.schedule(attempt::timeOut,
                    frame.execution.engine.scaledMillis(timeoutMillis), TimeUnit.MILLISECONDS);
        }
        if (heartbeatMillis > 0) {
            attempt.watchHeartbeat(frame.execution.engine.scaledMillis(heartbeatMillis));
        }
        return null;
    }

    /**
     * Completes the attempt with the mocked outcome, at once or after its {@code Delay} on the
     * execution's loop, so that a stand-in models latency without holding a thread.
     */
    private void startMocked(Frame frame, TaskAttempt attempt, MockOutcome outcome) {
        attempt.shaped = true;
        if (outcome.delayMillis() == 0) {
            completeMocked(attempt, outcome);
        } else {
            frame.execution.loop.schedule(() -> completeMocked(attempt, outcome),
                    frame.execution.engine.scaledMillis(outcome.delayMillis()), TimeUnit.MILLISECONDS);
        }
    }

    private void completeMocked(TaskAttempt attempt, MockOutcome outcome) {
        if (outcome.error() != null) {
            attempt.fail(outcome.error(), outcome.cause());
            return;
        }
        Json value = outcome.value();
        // A legacy Lambda function ARN's mock is an Invoke response whose Payload is the result, as LocalStack reads it.
        if (lambdaFunction && value instanceof JsonObject && ((JsonObject) value).get("Payload") != null) {
            value = ((JsonObject) value).get("Payload");
        }
        attempt.succeed(value);
    }

    /** Takes the attempt's outcome on the loop; returns the state to enter next, or {@code null}. */
    StateNode complete(Frame frame, TaskAttempt attempt) {
        long duration = System.nanoTime() - attempt.startedNanos;
        if (attempt.error != null) {
            boolean timedOut = AslError.TIMEOUT.equals(attempt.error);
            if (timedOut) {
                resourceMetrics.timedOut(duration);
            } else {
                resourceMetrics.failed(duration);
            }
            frame.event(lambdaFunction
                    ? (timedOut ? EventType.LambdaFunctionTimedOut : EventType.LambdaFunctionFailed)
                    : (timedOut ? EventType.TaskTimedOut : EventType.TaskFailed),
                    resourceName, null, attempt.error, attempt.cause, 0);
            return frame.recover(this, AslError.of(attempt.error, attempt.cause));
        }
        resourceMetrics.succeeded(duration);
        Json result = attempt.shaped ? attempt.result : binding.shape(attempt.result);
        frame.event(lambdaFunction ? EventType.LambdaFunctionSucceeded : EventType.TaskSucceeded,
                resourceName, result, null, null, 0);
        if (Payloads.tooLarge(result)) {
            return frame.recover(this, Payloads.limitExceeded(binding.limitSubject(name)));
        }
        frame.inspect(InspectionStep.RESULT, result);
        Json selected = resultSelector == null ? result : resultSelector.evaluate(result, frame);
        frame.inspect(InspectionStep.AFTER_RESULT_SELECTOR, selected);
        Json placed = selected == null ? null : resultPath.write(frame.input, selected, frame);
        frame.inspect(InspectionStep.AFTER_RESULT_PATH, placed);
        Json output = placed == null ? null : outputPath.apply(placed, frame);
        if (output == null) {
            return frame.recover(this, frame.evaluationFailure());
        }
        if (Payloads.tooLarge(output)) {
            return frame.failState(Payloads.limitExceeded(name));
        }
        return frame.exitTo(next, output);
    }
}
