package io.expresso.http;

import static io.expresso.http.ServerFixture.ROLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.expresso.runtime.RuntimeConfig;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/**
 * A server at its in-flight limit ({@code expresso serve --max-in-flight N}) refuses further starts
 * at once with AWS's throttling error, the one SDKs retry with back-off.
 */
class AdmissionOverHttpTest {

    private static final String PARKED = "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":240,\"End\":true}}}";
    private static final String ECHO = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

    @Test
    void shouldAnswerThrottlingExceptionBeyondTheInFlightLimit() throws InterruptedException {
        try (ExpressoServer server = ExpressoServer.start(new ServerConfig().port(0)
                .runtime(new RuntimeConfig().eventLoops(1).maxInFlight(1)));
             SfnClient sfn = clientWithoutRetries(server.endpoint())) {
            String parked = create(sfn, "parked", PARKED);
            String echo = create(sfn, "echo", ECHO);
            sfn.startExecution(b -> b.stateMachineArn(parked));

            SfnException refused = assertThrows(SfnException.class,
                    () -> sfn.startSyncExecution(b -> b.stateMachineArn(echo).input("{}")));

            assertEquals("ThrottlingException", refused.awsErrorDetails().errorCode());
            assertEquals(400, refused.statusCode());
            assertEquals("Rate exceeded", refused.awsErrorDetails().errorMessage());
        }
    }

    /** The SDK retries throttling errors; this client shows the first answer as it came. */
    private static SfnClient clientWithoutRetries(String endpoint) {
        return SfnClient.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                .build();
    }

    private static String create(SfnClient sfn, String name, String definition) {
        return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE).type(StateMachineType.EXPRESS))
                .stateMachineArn();
    }
}
