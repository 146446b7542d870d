package io.expresso.runtime.integration.nested;

/**
 * A start of a child execution that the Step Functions API would refuse: the error code it
 * answers (e.g. {@code StateMachineDoesNotExist}) and its message. The Task that asked sees it as
 * {@code StepFunctions.<Code>Exception} or {@code Sfn.<Code>Exception}, by integration.
 */
public final class ChildStartException extends RuntimeException {

    private final String code;

    /**
     * @param code    the API's error code, as in a reply's {@code __type} without its namespace
     * @param message the API's message
     */
    public ChildStartException(String code, String message) {
        // No stack trace: this is an answer of the API, not a bug.
        super(message, null, false, false);
        this.code = code;
    }

    /** @return the API's error code, e.g. {@code InvalidArn} */
    public String code() {
        return code;
    }

    public static ChildStartException machineDoesNotExist(String arn) {
        return new ChildStartException("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
    }

    public static ChildStartException invalidArn(String detail) {
        return new ChildStartException("InvalidArn", "Invalid Arn: '" + detail + "'");
    }

    /** A request member outside the API's constraints, worded as AWS's request validator words it. */
    public static ChildStartException validation(String violation) {
        return new ChildStartException("ValidationException", "1 validation error detected: " + violation);
    }
}
