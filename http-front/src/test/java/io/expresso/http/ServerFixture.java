package io.expresso.http;

import io.expresso.fixtures.WorkloadHandlers;
import io.expresso.runtime.RuntimeConfig;
import io.expresso.runtime.task.TaskHandler;
import io.expresso.runtime.task.TaskHandlers;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/** A real server on an ephemeral loopback port, with the workload handlers bound, and SDK clients for it. */
public final class ServerFixture implements AutoCloseable {

    public static final String ROLE = "arn:aws:iam::123456789012:role/test";
    static final String PREFIX = "arn:aws:states:us-east-1:123456789012:stateMachine:";

    final ExpressoServer server;
    final SfnClient sfn;

    ServerFixture(boolean strict) throws InterruptedException {
        server = ExpressoServer.start(new ServerConfig().port(0).strict(strict).executionWindow(50)
                .runtime(new RuntimeConfig().eventLoops(2).taskHandlers(workloadHandlers())));
        sfn = client(server.endpoint());
    }

    /** @return the order-pipeline handlers, bound by their Resource ARNs */
    static TaskHandlers workloadHandlers() {
        TaskHandlers handlers = new TaskHandlers();
        WorkloadHandlers.BY_ARN.forEach((arn, work) -> handlers.register(arn, TaskHandler.of(work::apply)));
        return handlers;
    }

    /**
     * The SDK as a user would set it up, with the {@code sync-} host prefix turned off
     * (docs/semantics/http-api.md#the-sync-host-prefix).
     */
    public static SfnClient client(String endpoint) {
        return SfnClient.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(c -> c.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                .build();
    }

    /** @return the ARN of a new machine */
    String create(String name, String definition, StateMachineType type) {
        return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE).type(type)).stateMachineArn();
    }

    /** @return the description of a STANDARD run once it is no longer RUNNING */
    DescribeExecutionResponse awaitEnd(String executionArn) {
        while (true) {
            DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(executionArn));
            if (described.status() != ExecutionStatus.RUNNING) {
                return described;
            }
            Thread.onSpinWait();
        }
    }

    static RoutingConfigurationListItem route(String versionArn, int weight) {
        return RoutingConfigurationListItem.builder().stateMachineVersionArn(versionArn).weight(weight).build();
    }

    @Override
    public void close() {
        sfn.close();
        server.close();
    }
}
