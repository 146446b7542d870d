package io.expresso.runtime.integration.nested;

import io.expresso.codec.json.JsonObject;
import java.util.Set;

/** The three Task resources that start executions, with what each accepts and how it answers. */
enum StartOperation {

    /** The optimized request-response integration: answers at once, in the Java SDK v1 shape. */
    STATES_START_EXECUTION("arn:aws:states:::states:startExecution", IntegrationErrors.OPTIMIZED, false,
            Set.of("StateMachineArn", "Input", "Name")),
    /** The AWS SDK integration of StartExecution: answers at once. */
    SDK_START_EXECUTION("arn:aws:states:::aws-sdk:sfn:startExecution", IntegrationErrors.SDK, false,
            Set.of("StateMachineArn", "Input", "Name", "TraceHeader")),
    /** The AWS SDK integration of StartSyncExecution: answers when the child ends, however it ends. */
    SDK_START_SYNC_EXECUTION("arn:aws:states:::aws-sdk:sfn:startSyncExecution", IntegrationErrors.SDK, true,
            Set.of("StateMachineArn", "Input", "Name", "TraceHeader", "IncludedData"));

    private final String resource;
    private final IntegrationErrors errors;
    private final boolean sync;
    private final Set<String> members;

    StartOperation(String resource, IntegrationErrors errors, boolean sync, Set<String> members) {
        this.resource = resource;
        this.errors = errors;
        this.sync = sync;
        this.members = members;
    }

    /** @return the Task {@code Resource} ARN */
    String resource() {
        return resource;
    }

    IntegrationErrors errors() {
        return errors;
    }

    /** @return whether the Task waits for the child to end */
    boolean sync() {
        return sync;
    }

    /** @return whether {@code member} is a parameter of the API call */
    boolean accepts(String member) {
        return members.contains(member);
    }

    /** @return what an asynchronous start answers once the child is accepted */
    JsonObject startReply(ChildExecution child) {
        return this == STATES_START_EXECUTION ? StartReplies.optimizedStart(child) : StartReplies.sdkStart(child);
    }
}
