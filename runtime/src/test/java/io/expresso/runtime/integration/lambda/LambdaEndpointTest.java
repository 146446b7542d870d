package io.expresso.runtime.integration.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import io.expresso.fixtures.FakeLambda;
import io.expresso.fixtures.LoopbackHttpServer;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.ExecutionStatus;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.RuntimeConfig;
import io.expresso.runtime.StateMachine;
import io.expresso.runtime.observe.EventType;
import io.expresso.runtime.observe.ExecutionHistory;
import io.expresso.runtime.task.TaskHandler;
import io.expresso.runtime.task.TaskHandlers;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Lambda function ARNs and {@code lambda:invoke} against a Lambda Invoke API server on loopback. */
class LambdaEndpointTest {

    private static final String FUNCTION_ARN = "arn:aws:lambda:us-east-1:123456789012:function:";

    private final FakeLambda lambda = new FakeLambda();
    private final List<AutoCloseable> closeLater = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable closeable : closeLater) {
            closeable.close();
        }
    }

    @Test
    void shouldReturnThePayloadOfAFunctionArnAsTheResult() throws Exception {
        LoopbackHttpServer server = server(lambda);
        Expresso expresso = start(new RuntimeConfig().lambdaEndpoint(server.uri("")));

        ExecutionResult result = run(expresso, task(FUNCTION_ARN + "echo"), "{\"order\":7}");

        assertEquals("{\"order\":7}", result.output().toString());
        LoopbackHttpServer.Received request = server.received().peek();
        assertEquals("POST", request.method());
        assertEquals("/2015-03-31/functions/echo/invocations", request.uri());
        assertEquals("RequestResponse", request.header("X-Amz-Invocation-Type"));
        assertEquals("{\"order\":7}", request.body());
    }

    @Test
    void shouldWrapThePayloadOfLambdaInvokeInTheInvokeResponseMadeFromTheRealAnswer() throws Exception {
        LoopbackHttpServer server = server(lambda);
        Expresso expresso = start(new RuntimeConfig().lambdaEndpoint(server.uri("")));

        ExecutionResult result = run(expresso, invoke("\"FunctionName\": \"echo\", \"Payload.$\": \"$\""), "{\"order\":7}");

        JsonObject output = (JsonObject) result.output();
        assertEquals("$LATEST", string(output.get("ExecutedVersion")));
        assertEquals("{\"order\":7}", output.get("Payload").toString());
        assertEquals("200", output.get("StatusCode").toString());
        assertEquals("{\"RequestId\":\"req-200\"}", output.get("SdkResponseMetadata").toString());
        JsonObject metadata = (JsonObject) output.get("SdkHttpMetadata");
        assertEquals("200", metadata.get("HttpStatusCode").toString());
        assertEquals("req-200", string(((JsonObject) metadata.get("HttpHeaders")).get("x-amzn-RequestId")));
        assertEquals("[\"application/json\"]", ((JsonObject) metadata.get("AllHttpHeaders")).get("content-type").toString());
    }

    @Test
    void shouldLogTheInvokeResponseAsTheOutputOfTaskSucceededAlsoForAJavaHandler() throws Exception {
        TaskHandlers handlers = new TaskHandlers().register("echo", TaskHandler.of(input -> input));
        Expresso expresso = start(new RuntimeConfig().taskHandlers(handlers).lambdaEndpoint(server(lambda).uri("")));
        StateMachine machine = expresso.deploy("logged", invoke("\"FunctionName\": \"echo\", \"Payload\": {\"a\": 1}"));

        ExecutionResult result = expresso.executeKeepingHistory(machine, null, null, JsonObject.EMPTY, null)
                .toCompletableFuture().get(10, TimeUnit.SECONDS);

        ExecutionHistory history = result.history();
        ExecutionHistory.HistoryEvent succeeded = history.events().stream()
                .filter(event -> event.type() == EventType.TaskSucceeded).findFirst().orElseThrow();
        String output = string(history.details(succeeded).get("output"));
        assertTrue(output.startsWith("{\"ExecutedVersion\":\"$LATEST\",\"Payload\":{\"a\":1},\"SdkHttpMetadata\""), output);
    }

    @Test
    void shouldSendTheQualifierOfTheArnOrOfTheQualifierParameter() throws Exception {
        LoopbackHttpServer server = server(lambda);
        Expresso expresso = start(new RuntimeConfig().lambdaEndpoint(server.uri("/prefix/")));

        assertEquals(ExecutionStatus.SUCCEEDED, run(expresso, task(FUNCTION_ARN + "echo:live"), "{}").status());
        ExecutionResult invoked = run(expresso, invoke("\"FunctionName\": \"echo\", \"Qualifier\": \"7\", \"Payload\": {}"), "{}");

        List<String> uris = server.received().stream().map(LoopbackHttpServer.Received::uri).toList();
        assertEquals(List.of("/prefix/2015-03-31/functions/echo/invocations?Qualifier=live",
                "/prefix/2015-03-31/functions/echo/invocations?Qualifier=7"), uris);
        assertEquals("7", string(((JsonObject) invoked.output()).get("ExecutedVersion")));
    }

    @Test
    void shouldCatchAFunctionErrorByItsErrorTypeWithTheDocumentAsReturnedForAFunctionArn() throws Exception {
        Expresso expresso = start(new RuntimeConfig().lambdaEndpoint(server(lambda).uri("")));

        ExecutionResult result = run(expresso, caught("\"Resource\": \"" + FUNCTION_ARN + "declined\""), "{}");

        assertEquals("{\"Error\":\"PaymentDeclined\",\"Cause\":" + JsonString.of(FakeLambda.DECLINED_DOCUMENT) + "}",
                result.output().toString());
    }

    @Test
    void shouldCatchAFunctionErrorOfLambdaInvokeWithTheDocumentCompactedAsCause() throws Exception {
        Expresso expresso = start(new RuntimeConfig().lambdaEndpoint(server(lambda).uri("")));

        ExecutionResult result = run(expresso, caught("\"Resource\": \"arn:aws:states:::lambda:invoke\","
                + " \"Parameters\": {\"FunctionName\": \"declined\"}"), "{}");

        String compact = JsonParser.parse(FakeLambda.DECLINED_DOCUMENT).toString();
        assertEquals("{\"Error\":\"PaymentDeclined\",\"Cause\":" + JsonString.of(compact) + "}", result.output().toString());
    }

    @Test
    void shouldRetryAFunctionErrorUntilTheFunctionSucceeds() throws Exception {
        Expresso expresso = start(new RuntimeConfig().timeScale(0.01).lambdaEndpoint(server(lambda).uri("")));
        String definition = """
                {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "%sflaky",
                  "Retry": [{"ErrorEquals": ["PaymentDeclined"], "MaxAttempts": 2}], "End": true}}}"""
                .formatted(FUNCTION_ARN);

        ExecutionResult result = run(expresso, definition, "{}");

        assertEquals("{\"charged\":true}", result.output().toString());
        assertEquals(3, lambda.flakyCalls.get());
    }

    @Test
    void shouldReportLambdaUnknownWithThePayloadWhenTheErrorDocumentHasNoErrorType() throws Exception {
        Expresso expresso = start(new RuntimeConfig().lambdaEndpoint(server(lambda).uri("")));

        ExecutionResult result = run(expresso, task(FUNCTION_ARN + "untyped"), "{}");

        assertEquals("Lambda.Unknown", result.error());
        assertEquals("The cause could not be determined because Lambda did not return an error type. Returned payload:"
                + " {\"errorMessage\":\"Task timed out after 3.00 seconds\"}", result.cause());
    }

    @Test
    void shouldNameAMissingFunctionResourceNotFoundExceptionWithTheSdkCause() throws Exception {
        Expresso expresso = start(new RuntimeConfig().lambdaEndpoint(server(lambda).uri("")));

        ExecutionResult result = run(expresso, invoke("\"FunctionName\": \"missing\""), "{}");

        assertEquals("Lambda.ResourceNotFoundException", result.error());
        assertEquals("Function not found: arn:aws:lambda:us-west-2:012345678901:function:missing (Service: AWSLambda;"
                + " Status Code: 404; Error Code: ResourceNotFoundException; Request ID: null; Proxy: null)", result.cause());
    }

    @Test
    void shouldCatchThrottlingAsTooManyRequestsException() throws Exception {
        Expresso expresso = start(new RuntimeConfig().lambdaEndpoint(server(lambda).uri("")));

        ExecutionResult result = run(expresso, caught("\"Resource\": \"" + FUNCTION_ARN + "throttled\""), "{}");

        assertEquals("{\"Error\":\"Lambda.TooManyRequestsException\",\"Cause\":\"Rate exceeded (Service: AWSLambda;"
                + " Status Code: 429; Error Code: TooManyRequestsException; Request ID: req-429; Proxy: null)\"}",
                result.output().toString());
    }

    @Test
    void shouldNameAnErrorCodeLambdaDoesNotModelAWSLambdaException() throws Exception {
        Expresso expresso = start(new RuntimeConfig().lambdaEndpoint(server(lambda).uri("")));

        ExecutionResult result = run(expresso, task(FUNCTION_ARN + "broken"), "{}");

        assertEquals("Lambda.AWSLambdaException", result.error());
        assertEquals("Not implemented here (Service: AWSLambda; Status Code: 501; Error Code: NotImplemented;"
                + " Request ID: null; Proxy: null)", result.cause());
    }

    @Test
    void shouldTimeOutAFunctionThatNeverAnswersAndCloseItsConnection() throws Exception {
        LoopbackHttpServer server = server(lambda);
        Expresso expresso = start(new RuntimeConfig().timeScale(0.01).lambdaEndpoint(server.uri("")));
        String definition = """
                {"StartAt": "Wait", "States": {"Wait": {"Type": "Task", "Resource": "%shang",
                  "TimeoutSeconds": 2, "End": true}}}""".formatted(FUNCTION_ARN);

        ExecutionResult result = run(expresso, definition, "{}");

        assertEquals("States.Timeout", result.error());
        assertTrue(server.awaitClosedConnections(1), "the abandoned request's connection was not closed");
    }

    @Test
    void shouldReportSdkClientExceptionWhenTheEndpointRefusesTheConnection() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Expresso expresso = start(new RuntimeConfig().lambdaEndpoint(URI.create("http://127.0.0.1:" + port)));

        ExecutionResult result = run(expresso, task(FUNCTION_ARN + "echo"), "{}");

        assertEquals("Lambda.SdkClientException", result.error());
        assertTrue(result.cause().startsWith("Unable to execute HTTP request: Unable to connect to http://127.0.0.1:"
                + port), result.cause());
    }

    @Test
    void shouldReuseOneKeepAliveConnectionAcrossInvocations() throws Exception {
        LoopbackHttpServer server = server(lambda);
        Expresso expresso = start(new RuntimeConfig().eventLoops(1).lambdaEndpoint(server.uri("")));
        StateMachine machine = expresso.deploy("chain", """
                {"StartAt": "A", "States": {
                  "A": {"Type": "Task", "Resource": "%1$secho", "Next": "B"},
                  "B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                        "Parameters": {"FunctionName": "echo", "Payload.$": "$"}, "End": true}}}"""
                .formatted(FUNCTION_ARN));

        for (int i = 0; i < 3; i++) {
            assertEquals(ExecutionStatus.SUCCEEDED, execute(expresso, machine, "{}").status());
        }

        assertEquals(6, server.received().size());
        assertEquals(1, server.connections());
    }

    @Test
    void shouldTurnAPayloadThatIsNotJsonIntoAString() throws Exception {
        Expresso expresso = start(new RuntimeConfig().lambdaEndpoint(server(lambda).uri("")));

        ExecutionResult result = run(expresso, task(FUNCTION_ARN + "text"), "{}");

        assertEquals("\"not json\"", result.output().toString());
    }

    @Test
    void shouldServeAFunctionByItsJavaHandlerThenItsOwnEndpointThenTheDefault() throws Exception {
        LoopbackHttpServer byDefault = server(LoopbackHttpServer.replying(200, "\"default\""));
        LoopbackHttpServer own = server(LoopbackHttpServer.replying(200, "\"own\""));
        TaskHandlers handlers = new TaskHandlers().register("local", TaskHandler.of(input -> JsonString.of("java")));
        Expresso expresso = start(new RuntimeConfig().taskHandlers(handlers)
                .lambdaEndpoint(byDefault.uri("")).lambdaEndpoint("mapped", own.uri("")));

        assertEquals("\"java\"", run(expresso, task(FUNCTION_ARN + "local"), "{}").output().toString());
        assertEquals("\"own\"", run(expresso, task(FUNCTION_ARN + "mapped:3"), "{}").output().toString());
        assertEquals("\"default\"", run(expresso, task(FUNCTION_ARN + "other"), "{}").output().toString());
        assertEquals("own", string(((JsonObject) run(expresso, invoke("\"FunctionName\": \"mapped\""), "{}").output())
                .get("Payload")));
    }

    @Test
    void shouldRefuseALambdaInvokeParameterOfTheWrongType() throws Exception {
        Expresso expresso = start(new RuntimeConfig().lambdaEndpoint(server(lambda).uri("")));

        ExecutionResult result = run(expresso, invoke("\"FunctionName\": \"echo\", \"Qualifier\": 7"), "{}");

        assertEquals("States.TaskFailed", result.error());
        assertEquals("The field 'Qualifier' must be a string for arn:aws:states:::lambda:invoke.", result.cause());
    }

    private LoopbackHttpServer server(LoopbackHttpServer.Behaviour behaviour) throws InterruptedException {
        LoopbackHttpServer server = new LoopbackHttpServer(behaviour);
        closeLater.add(server);
        return server;
    }

    private Expresso start(RuntimeConfig config) {
        Expresso expresso = Expresso.start(config);
        closeLater.add(0, expresso);
        return expresso;
    }

    private static ExecutionResult run(Expresso expresso, String definition, String input) throws Exception {
        return execute(expresso, expresso.deploy("lambda", definition), input);
    }

    private static ExecutionResult execute(Expresso expresso, StateMachine machine, String input) throws Exception {
        return expresso.execute(machine, JsonParser.parse(input)).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static String task(String resource) {
        return "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"" + resource
                + "\", \"End\": true}}}";
    }

    private static String invoke(String parameters) {
        return "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
                + " \"Parameters\": {" + parameters + "}, \"End\": true}}}";
    }

    /** A task whose every error is caught and becomes the output. */
    private static String caught(String taskFields) {
        return "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", " + taskFields + ", \"End\": true,"
                + " \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Caught\"}]},"
                + " \"Caught\": {\"Type\": \"Pass\", \"End\": true}}}";
    }

    private static String string(Json value) {
        return ((JsonString) value).value();
    }
}
