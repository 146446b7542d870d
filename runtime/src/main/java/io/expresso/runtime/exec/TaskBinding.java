package io.expresso.runtime.exec;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.task.TaskFailedException;
import io.expresso.runtime.task.TaskHandler;
import io.expresso.runtime.task.TaskHandlers;

/**
 * How a Task state's {@code Resource} reaches a handler, decided at deploy: which handler, what it
 * is given, how its result is shaped, and what a thrown exception is called.
 */
public abstract class TaskBinding {

    TaskBinding() {
    }

    /** A Lambda function ARN: the function's return value is the result, as is. */
    public static TaskBinding lambdaFunction(String resource, TaskHandler handler) {
        return new LambdaFunction(resource, handler);
    }

    /** {@code arn:aws:states:::lambda:invoke}: {@code FunctionName} picks the handler, {@code Payload} is its input. */
    public static TaskBinding lambdaInvoke(TaskHandlers handlers) {
        return new LambdaInvoke(handlers);
    }

    /** Any other resource bound to a handler by its exact ARN. */
    public static TaskBinding resource(String resource, TaskHandler handler) {
        return new Resource(resource, handler);
    }

    /** A resource with no handler, allowed by configuration: every attempt fails. */
    public static TaskBinding unbound(String resource) {
        return new Unbound(resource);
    }

    /** Starts {@code attempt}; never throws. */
    abstract void start(TaskAttempt attempt);

    /** @return the raw result as the state sees it, from what the handler returned */
    Json shape(Json handlerResult) {
        return handlerResult;
    }

    /** @return who AWS names in a DataLimitExceeded cause for this resource (asl.md §12) */
    abstract String limitSubject(String stateName);

    static void invoke(TaskHandler handler, TaskAttempt attempt, boolean lambda) {
        try {
            handler.invoke(attempt);
        } catch (TaskFailedException e) {
            attempt.fail(e.error(), e.causeText());
        } catch (RuntimeException e) {
            if (lambda) {
                attempt.fail(e.getClass().getName(), lambdaErrorCause(e));
            } else {
                attempt.fail(AslError.TASK_FAILED, String.valueOf(e.getMessage()));
            }
        }
    }

    /** The cause AWS reports for a failed Lambda function: its error document, as compact JSON. */
    private static String lambdaErrorCause(RuntimeException e) {
        JsonArray.Builder trace = new JsonArray.Builder(8);
        for (StackTraceElement element : e.getStackTrace()) {
            trace.add(JsonString.of(element.toString()));
        }
        return JsonObject.builder(4)
                .add("errorMessage", JsonString.of(String.valueOf(e.getMessage())))
                .add("errorType", JsonString.of(e.getClass().getName()))
                .add("requestId", JsonString.of(RandomUuid.next()))
                .add("stackTrace", trace.build())
                .build()
                .toString();
    }

    private static final class LambdaFunction extends TaskBinding {
        private final String resource;
        private final TaskHandler handler;

        LambdaFunction(String resource, TaskHandler handler) {
            this.resource = resource;
            this.handler = handler;
        }

        @Override
        void start(TaskAttempt attempt) {
            invoke(handler, attempt, true);
        }

        @Override
        String limitSubject(String stateName) {
            return resource;
        }
    }

    private static final class Resource extends TaskBinding {
        private final TaskHandler handler;

        Resource(String resource, TaskHandler handler) {
            this.handler = handler;
        }

        @Override
        void start(TaskAttempt attempt) {
            invoke(handler, attempt, false);
        }

        @Override
        String limitSubject(String stateName) {
            return stateName;
        }
    }

    private static final class Unbound extends TaskBinding {
        private final String resource;

        Unbound(String resource) {
            this.resource = resource;
        }

        @Override
        void start(TaskAttempt attempt) {
            attempt.fail(AslError.TASK_FAILED, "No task handler is bound to the resource '" + resource + "'.");
        }

        @Override
        String limitSubject(String stateName) {
            return stateName;
        }
    }

    private static final class LambdaInvoke extends TaskBinding {
        private final TaskHandlers handlers;

        LambdaInvoke(TaskHandlers handlers) {
            this.handlers = handlers;
        }

        @Override
        void start(TaskAttempt attempt) {
            Json parameters = attempt.parameters();
            Json function = parameters instanceof JsonObject ? ((JsonObject) parameters).get("FunctionName") : null;
            if (!(function instanceof JsonString)) {
                attempt.fail(AslError.TASK_FAILED, "The field 'FunctionName' is required for arn:aws:states:::lambda:invoke.");
                return;
            }
            TaskHandler handler = handlers.findFunction(((JsonString) function).value());
            if (handler == null) {
                attempt.fail("Lambda.ResourceNotFoundException", "Function not found: " + ((JsonString) function).value());
                return;
            }
            Json payload = ((JsonObject) parameters).get("Payload");
            attempt.handlerInput(payload == null ? JsonObject.EMPTY : payload);
            invoke(handler, attempt, true);
        }

        /** The wrapper AWS's Lambda integration returns around the function's payload. */
        @Override
        Json shape(Json payload) {
            String requestId = RandomUuid.next();
            JsonObject headers = JsonObject.builder(4)
                    .add("Content-Type", JsonString.of("application/json"))
                    .add("X-Amz-Executed-Version", JsonString.of("$LATEST"))
                    .add("x-amzn-RequestId", JsonString.of(requestId))
                    .add("Content-Length", JsonString.of(Integer.toString(payload.serializedSize())))
                    .build();
            JsonObject.Builder allHeaders = JsonObject.builder(4);
            for (int i = 0; i < headers.size(); i++) {
                allHeaders.add(headers.keyAt(i), JsonArray.of(headers.valueAt(i)));
            }
            return JsonObject.builder(5)
                    .add("ExecutedVersion", JsonString.of("$LATEST"))
                    .add("Payload", payload)
                    .add("SdkHttpMetadata", JsonObject.builder(3)
                            .add("AllHttpHeaders", allHeaders.build())
                            .add("HttpHeaders", headers)
                            .add("HttpStatusCode", JsonNumber.of(200))
                            .build())
                    .add("SdkResponseMetadata", JsonObject.of("RequestId", JsonString.of(requestId)))
                    .add("StatusCode", JsonNumber.of(200))
                    .build();
        }

        @Override
        String limitSubject(String stateName) {
            return "lambda";
        }
    }
}
