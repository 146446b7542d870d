package io.expresso.http.api;

import io.expresso.runtime.Arns;

/**
 * A parsed execution ARN: {@code …:execution:<machine>:<name>} (runs of STANDARD-typed machines)
 * or {@code …:express:<machine>:<name>:<uuid>}.
 *
 * @param text        the ARN as given
 * @param express     whether it is an {@code express:} ARN
 * @param machineName the machine's name
 */
public record ExecutionArn(String text, boolean express, String machineName) {

    /**
     * @throws ApiException {@code InvalidArn} when {@code arn} is not an execution ARN
     */
    public static ExecutionArn parse(String arn) {
        Arns.StatesArn parts = MachineArn.statesArn(arn);
        String type = parts.type();
        if (!type.equals("execution") && !type.equals("express")) {
            throw new ApiException(ErrorType.INVALID_ARN, "Invalid Arn: 'Resource type not valid in this context: " + type + "'");
        }
        String[] names = parts.resource().split(":", -1);
        int expected = type.equals("express") ? 3 : 2;
        if (names.length != expected || names[0].isEmpty() || names[1].isEmpty()) {
            throw ApiException.invalidArn(arn);
        }
        return new ExecutionArn(arn, type.equals("express"), names[0]);
    }

    /**
     * @throws ApiException AWS's answer to an {@code express:} ARN given to a Standard-only operation
     */
    public ExecutionArn requireStandard() {
        if (express) {
            throw new ApiException(ErrorType.INVALID_ARN, "Invalid Arn: 'Resource type not valid in this context: express'");
        }
        return this;
    }
}
