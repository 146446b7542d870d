package io.expresso.runtime.integration.nested;

import io.expresso.codec.uuid.RandomUuids;

/**
 * How a refused API call reaches the Task that made it. The optimized integration reports the
 * Java SDK v1 exception of the call, the AWS SDK integration its SDK v2 exception; both name the
 * error {@code <Service>.<Code>Exception} (recorded: {@code StepFunctions.StateMachineDoesNotExistException},
 * {@code Sfn.InvalidTokenException}) and describe the call in the cause.
 */
enum IntegrationErrors {

    /** {@code arn:aws:states:::states:…} (recorded). */
    OPTIMIZED("StepFunctions.") {
        @Override
        String cause(String code, String message) {
            return message + " (Service: AWSStepFunctions; Status Code: 400; Error Code: " + code + "; Request ID: "
                    + RandomUuids.unique() + "; Proxy: null)";
        }
    },
    /** {@code arn:aws:states:::aws-sdk:sfn:…} (recorded for InvalidToken). */
    SDK("Sfn.") {
        @Override
        String cause(String code, String message) {
            return message + " (Service: Sfn, Status Code: 400, Request ID: " + RandomUuids.unique() + ")";
        }
    };

    private final String prefix;

    IntegrationErrors(String prefix) {
        this.prefix = prefix;
    }

    /** @return e.g. {@code Sfn.StateMachineDoesNotExistException} for {@code StateMachineDoesNotExist} */
    String error(String code) {
        return prefix + code + (code.endsWith("Exception") ? "" : "Exception");
    }

    /** @return the API's message followed by the details of the call, as the SDK prints them */
    abstract String cause(String code, String message);
}
