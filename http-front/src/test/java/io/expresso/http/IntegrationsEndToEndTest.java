package io.expresso.http;

import static io.expresso.http.ServerFixture.PREFIX;
import static io.expresso.http.ServerFixture.ROLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonParser;
import io.expresso.fixtures.FakeLambda;
import io.expresso.fixtures.LoopbackHttpServer.Received;
import io.expresso.fixtures.LoopbackHttpServer;
import io.expresso.runtime.RuntimeConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/**
 * Issue 7's "done means" in one place: one definition whose Tasks call an HTTP API through an
 * API-key connection, a Lambda function by ARN and through {@code lambda:invoke}, a child
 * workflow, and two AWS services that have no integration here, run through the AWS SDK against
 * a server configured with a Lambda endpoint, a connections file and a MockConfigFile. The HTTP
 * API and the Lambda Invoke API are real servers on loopback that record what reaches them.
 */
class IntegrationsEndToEndTest {

    private static final String CONNECTION = "arn:aws:events:us-east-1:123456789012:connection/Shop/1";
    private static final String API_KEY = "k-e2e";
    private static final String INPUT = "{\"order\":\"o-1\",\"customer\":\"c-7\",\"amount\":12}";
    /** The input's members and what the real endpoints and the child make of them, as the output holds them. */
    private static final String REAL_RESULTS = "\"order\":\"o-1\",\"customer\":\"c-7\",\"amount\":12,"
            + "\"profile\":{\"tier\":\"gold\"},"
            + "\"price\":{\"amount\":12,\"tier\":\"gold\"},"
            + "\"charge\":{\"payment\":{\"charged\":12},\"version\":\"$LATEST\"},"
            + "\"shipment\":{\"status\":\"SUCCEEDED\",\"label\":{\"label\":\"L-o-1\"}}";

    /** Looks a customer up, prices and charges through Lambda, ships through a child, then calls DynamoDB and SQS. */
    private static final String PIPELINE = """
            {"StartAt":"LookUpCustomer","States":{
              "LookUpCustomer":{"Type":"Task","Resource":"arn:aws:states:::http:invoke",
                "Parameters":{"ApiEndpoint.$":"States.Format('%1$s/customers/{}', $.customer)","Method":"GET",
                  "Authentication":{"ConnectionArn":"%2$s"}},
                "ResultSelector":{"tier.$":"$.ResponseBody.tier"},"ResultPath":"$.profile","Next":"Price"},
              "Price":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:echo",
                "Parameters":{"amount.$":"$.amount","tier.$":"$.profile.tier"},"ResultPath":"$.price","Next":"Charge"},
              "Charge":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                "Parameters":{"FunctionName":"echo","Payload":{"charged.$":"$.price.amount"}},
                "ResultSelector":{"payment.$":"$.Payload","version.$":"$.ExecutedVersion"},"ResultPath":"$.charge",
                "Next":"Ship"},
              "Ship":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:sfn:startSyncExecution",
                "Parameters":{"StateMachineArn":"%3$sShipping","Input":{"order.$":"$.order"}},
                "ResultSelector":{"status.$":"$.Status","label.$":"States.StringToJson($.Output)"},
                "ResultPath":"$.shipment","Next":"LoadCredit"},
              "LoadCredit":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:dynamodb:getItem",
                "Parameters":{"TableName":"credit","Key":{"customer":{"S.$":"$.customer"}}},
                "ResultSelector":{"credit.$":"$.Item.credit.N"},"ResultPath":"$.credit",
                "Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.creditError","Next":"Notify"}],"Next":"Notify"},
              "Notify":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage",
                "Parameters":{"QueueUrl":"https://sqs.us-east-1.amazonaws.com/123456789012/orders","MessageBody.$":"$.order"},
                "ResultSelector":{"messageId.$":"$.MessageId"},"ResultPath":"$.notified",
                "Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.notifyError","Next":"Done"}],"Next":"Done"},
              "Done":{"Type":"Succeed"}}}""";

    /** The child workflow: buys a shipping label from the same HTTP API. */
    private static final String SHIPPING = """
            {"StartAt":"BuyLabel","States":{"BuyLabel":{"Type":"Task","Resource":"arn:aws:states:::http:invoke",
              "Parameters":{"ApiEndpoint.$":"States.Format('%1$s/labels/{}', $.order)","Method":"POST",
                "Authentication":{"ConnectionArn":"%2$s"},"RequestBody":{"order.$":"$.order"}},
              "OutputPath":"$.ResponseBody","End":true}}}""";

    private static final String MOCKS = """
            {"StateMachines":{"OrderPipeline":{"TestCases":{
               "RealEndpoints":{"LoadCredit":"CreditFound","Notify":"MessageSent"},
               "AllMocked":{"LookUpCustomer":"SilverCustomer","Price":"Discounted","Charge":"ChargedByVersion7",
                 "Ship":"LabelMocked","LoadCredit":"CreditFound","Notify":"MessageSent"}}}},
             "MockedResponses":{
               "CreditFound":{"0":{"Return":{"Item":{"customer":{"S":"c-7"},"credit":{"N":"30"}}}}},
               "MessageSent":{"0":{"Return":{"MessageId":"m-1","MD5OfMessageBody":"0b1e"}}},
               "SilverCustomer":{"0":{"Return":{"Headers":{},"ResponseBody":{"id":"c-7","tier":"silver"},
                 "StatusCode":200,"StatusText":"OK"}}},
               "Discounted":{"0":{"Return":{"StatusCode":200,"Payload":{"amount":10,"tier":"silver"}}}},
               "ChargedByVersion7":{"0":{"Return":{"StatusCode":200,"ExecutedVersion":"7","Payload":{"charged":10}}}},
               "LabelMocked":{"0":{"Return":{"Status":"SUCCEEDED","Output":"{\\"label\\":\\"L-mock\\"}"}}}}}""";

    @TempDir
    static Path folder;
    private static LoopbackHttpServer api;
    private static LoopbackHttpServer lambda;
    private static ExpressoServer server;
    private static SfnClient sfn;
    private static String pipeline;

    @BeforeAll
    static void start() throws Exception {
        api = new LoopbackHttpServer((ctx, request, exchange) -> {
            String path = request.uri();
            String id = path.substring(path.lastIndexOf('/') + 1);
            ctx.writeAndFlush(path.startsWith("/customers/")
                    ? LoopbackHttpServer.response(200, "{\"id\":\"" + id + "\",\"tier\":\"gold\"}")
                    : LoopbackHttpServer.response(201, "{\"label\":\"L-" + id + "\"}"));
        });
        lambda = new LoopbackHttpServer(new FakeLambda());
        Path connections = Files.writeString(folder.resolve("connections.json"), "{\"Connections\":{\"" + CONNECTION
                + "\":{\"AuthorizationType\":\"API_KEY\",\"AuthParameters\":{\"ApiKeyAuthParameters\":"
                + "{\"ApiKeyName\":\"x-api-key\",\"ApiKeyValue\":\"" + API_KEY + "\"}}}}}");
        Path mocks = Files.writeString(folder.resolve("MockConfigFile.json"), MOCKS);
        server = ExpressoServer.start(new ServerConfig().port(0).runtime(new RuntimeConfig().eventLoops(2)
                .lambdaEndpoint(lambda.uri("")).httpConnections(connections).mockConfig(mocks)));
        sfn = ServerFixture.client(server.endpoint());
        String apiRoot = "http://127.0.0.1:" + api.port();
        create("Shipping", SHIPPING.formatted(apiRoot, CONNECTION));
        pipeline = create("OrderPipeline", PIPELINE.formatted(apiRoot, CONNECTION, PREFIX));
    }

    private static String create(String name, String definition) {
        return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE).type(StateMachineType.EXPRESS))
                .stateMachineArn();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        sfn.close();
        server.close();
        lambda.close();
        api.close();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        api.received().clear();
        lambda.received().clear();
    }

    @Test
    void shouldCallTheRealEndpointsAndCombineTheirResultsWithTheMockedAwsServices() {
        StartSyncExecutionResponse reply = startSync(pipeline + "#RealEndpoints");

        assertEquals(SyncExecutionStatus.SUCCEEDED, reply.status(), reply::toString);
        assertJson("{" + REAL_RESULTS + ","
                + "\"credit\":{\"credit\":\"30\"},"
                + "\"notified\":{\"messageId\":\"m-1\"}}", reply.output());
        assertRealEndpointsCalled();
    }

    @Test
    void shouldCallNoEndpointWhenTheTestCaseMocksEveryTask() {
        StartSyncExecutionResponse reply = startSync(pipeline + "#AllMocked");

        assertEquals(SyncExecutionStatus.SUCCEEDED, reply.status(), reply::toString);
        assertJson("{\"order\":\"o-1\",\"customer\":\"c-7\",\"amount\":12,"
                + "\"profile\":{\"tier\":\"silver\"},"
                + "\"price\":{\"amount\":10,\"tier\":\"silver\"},"
                + "\"charge\":{\"payment\":{\"charged\":10},\"version\":\"7\"},"
                + "\"shipment\":{\"status\":\"SUCCEEDED\",\"label\":{\"label\":\"L-mock\"}},"
                + "\"credit\":{\"credit\":\"30\"},"
                + "\"notified\":{\"messageId\":\"m-1\"}}", reply.output());
        // The child would have bought its label from the API: that it did not shows it never ran.
        assertEquals(List.of(), List.copyOf(api.received()));
        assertEquals(List.of(), List.copyOf(lambda.received()));
    }

    @Test
    void shouldFailEachUnmockedAwsServiceTaskWithACauseNamingItsResource() {
        StartSyncExecutionResponse reply = startSync(pipeline);

        assertEquals(SyncExecutionStatus.SUCCEEDED, reply.status(), reply::toString);
        assertJson("{" + REAL_RESULTS + ","
                + "\"creditError\":{\"Error\":\"States.TaskFailed\",\"Cause\":"
                + "\"No task handler is bound to the resource 'arn:aws:states:::aws-sdk:dynamodb:getItem'.\"},"
                + "\"notifyError\":{\"Error\":\"States.TaskFailed\",\"Cause\":"
                + "\"No task handler is bound to the resource 'arn:aws:states:::sqs:sendMessage'.\"}}", reply.output());
        assertRealEndpointsCalled();
    }

    private static StartSyncExecutionResponse startSync(String arn) {
        return sfn.startSyncExecution(b -> b.stateMachineArn(arn).input(INPUT));
    }

    /** The customer lookup and the child's label purchase with the connection's key; the price and the charge at the endpoint. */
    private static void assertRealEndpointsCalled() {
        List<Received> calls = List.copyOf(api.received());
        assertEquals(List.of("GET /customers/c-7", "POST /labels/o-1"),
                calls.stream().map(call -> call.method() + " " + call.uri()).toList());
        assertEquals(List.of(API_KEY, API_KEY), calls.stream().map(call -> call.header("x-api-key")).toList());
        assertJson("{\"order\":\"o-1\"}", calls.get(1).body());

        List<Received> invocations = List.copyOf(lambda.received());
        assertEquals(List.of("/2015-03-31/functions/echo/invocations", "/2015-03-31/functions/echo/invocations"),
                invocations.stream().map(Received::uri).toList());
        assertJson("{\"amount\":12,\"tier\":\"gold\"}", invocations.get(0).body());
        assertJson("{\"charged\":12}", invocations.get(1).body());
        assertTrue(invocations.stream().allMatch(call -> "RequestResponse".equals(call.header("X-Amz-Invocation-Type"))));
    }

    /** Equal as JSON values: members in any order, numbers as written. */
    private static void assertJson(String expected, String actual) {
        assertEquals(json(expected), json(actual), actual);
    }

    private static Json json(String text) {
        return JsonParser.parse(text.getBytes(StandardCharsets.UTF_8));
    }
}
