package io.expresso.runtime.exec;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.uuid.RandomUuids;
import io.expresso.runtime.integration.lambda.LambdaEndpoint;
import io.expresso.runtime.integration.lambda.LambdaEndpoints;
import io.expresso.runtime.net.HttpClient;
import io.expresso.runtime.net.HttpFields;
import io.expresso.runtime.task.LambdaArns;
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

    /**
     * A Lambda function ARN served by a Lambda Invoke API endpoint: the function's payload is the
     * result, as is.
     */
    public static TaskBinding lambdaFunction(String resource, LambdaEndpoint endpoint, HttpClient client) {
        return new LambdaFunctionEndpoint(resource, endpoint, client);
    }

    /**
     * {@code arn:aws:states:::lambda:invoke}: {@code FunctionName} picks a Java handler, else the
     * endpoint that serves the function; {@code Payload} is the function's input.
     */
    public static TaskBinding lambdaInvoke(TaskHandlers handlers, LambdaEndpoints endpoints, HttpClient client) {
        return new LambdaInvoke(handlers, endpoints, client);
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

    /**
     * @return who AWS names in a DataLimitExceeded cause for this resource
     * (docs/semantics/data-flow.md#payload-size)
     */
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
                .add("requestId", JsonString.of(RandomUuids.unique()))
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

    private static final class LambdaFunctionEndpoint extends TaskBinding {
        private final String resource;
        private final LambdaEndpoint endpoint;
        private final HttpClient client;
        private final String functionName;
        private final String qualifier;
        private final HttpFields headers;

        LambdaFunctionEndpoint(String resource, LambdaEndpoint endpoint, HttpClient client) {
            this.resource = resource;
            this.endpoint = endpoint;
            this.client = client;
            this.functionName = LambdaArns.functionName(resource);
            this.qualifier = LambdaArns.qualifier(resource);
            this.headers = invokeHeaders(REQUEST_RESPONSE, null, null);
        }

        @Override
        void start(TaskAttempt attempt) {
            LambdaHttpCall.start(attempt, client,
                    endpoint.invoke(functionName, qualifier, headers, JsonSerializer.toBytes(attempt.input())), false);
        }

        @Override
        String limitSubject(String stateName) {
            return resource;
        }
    }

    private static final String REQUEST_RESPONSE = "RequestResponse";

    /** The Invoke API's request headers; {@code null} values are left out. */
    private static HttpFields invokeHeaders(String invocationType, String logType, String clientContext) {
        HttpFields headers = new HttpFields(4)
                .add("Content-Type", "application/json")
                .add("X-Amz-Invocation-Type", invocationType);
        if (logType != null) {
            headers.add("X-Amz-Log-Type", logType);
        }
        if (clientContext != null) {
            headers.add("X-Amz-Client-Context", clientContext);
        }
        return headers;
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
        /** The integration's parameters that the Invoke API takes as text. */
        private static final String[] STRING_PARAMETERS = {"Qualifier", "InvocationType", "LogType", "ClientContext"};

        private final TaskHandlers handlers;
        private final LambdaEndpoints endpoints;
        private final HttpClient client;

        LambdaInvoke(TaskHandlers handlers, LambdaEndpoints endpoints, HttpClient client) {
            this.handlers = handlers;
            this.endpoints = endpoints;
            this.client = client;
        }

        @Override
        void start(TaskAttempt attempt) {
            Json parameters = attempt.parameters();
            Json function = parameters instanceof JsonObject ? ((JsonObject) parameters).get("FunctionName") : null;
            if (!(function instanceof JsonString)) {
                attempt.fail(AslError.TASK_FAILED, "The field 'FunctionName' is required for arn:aws:states:::lambda:invoke.");
                return;
            }
            String name = ((JsonString) function).value();
            TaskHandler handler = handlers.findFunction(name);
            if (handler != null) {
                Json payload = ((JsonObject) parameters).get("Payload");
                attempt.handlerInput(payload == null ? JsonObject.EMPTY : payload);
                invoke(handler, attempt, true);
                return;
            }
            LambdaEndpoint endpoint = endpoints.endpointFor(name);
            if (endpoint == null) {
                attempt.fail("Lambda.ResourceNotFoundException", "Function not found: " + name);
                return;
            }
            invokeEndpoint(attempt, (JsonObject) parameters, name, endpoint);
        }

        /** Calls the Invoke API with the integration's parameters, as the Lambda SDK would send them. */
        private void invokeEndpoint(TaskAttempt attempt, JsonObject parameters, String function, LambdaEndpoint endpoint) {
            for (String field : STRING_PARAMETERS) {
                Json value = parameters.get(field);
                if (value != null && !(value instanceof JsonString)) {
                    attempt.fail(AslError.TASK_FAILED, "The field '" + field
                            + "' must be a string for arn:aws:states:::lambda:invoke.");
                    return;
                }
            }
            String qualifier = text(parameters, "Qualifier");
            String invocationType = text(parameters, "InvocationType");
            Json payload = parameters.get("Payload");
            attempt.shaped = true;
            LambdaHttpCall.start(attempt, client, endpoint.invoke(LambdaArns.functionName(function),
                    qualifier != null ? qualifier : LambdaArns.qualifier(function),
                    invokeHeaders(invocationType != null ? invocationType : REQUEST_RESPONSE,
                            text(parameters, "LogType"), text(parameters, "ClientContext")),
                    JsonSerializer.toBytes(payload == null ? JsonObject.EMPTY : payload)), true);
        }

        private static String text(JsonObject parameters, String field) {
            Json value = parameters.get(field);
            return value == null ? null : ((JsonString) value).value();
        }

        /** The wrapper AWS's Lambda integration returns around the function's payload. */
        @Override
        Json shape(Json payload) {
            return InvokeResult.synthesized(payload, RandomUuids.unique());
        }

        @Override
        String limitSubject(String stateName) {
            return "lambda";
        }
    }
}
