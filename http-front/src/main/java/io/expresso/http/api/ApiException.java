package io.expresso.http.api;

/**
 * A request the API refuses, carrying AWS's error type and message. Operations throw it; the
 * request handler turns it into the {@code {"__type", "message"}} body, so it never reaches Netty.
 */
public final class ApiException extends RuntimeException {

    private final ErrorType type;
    private final String resourceName;

    public ApiException(ErrorType type, String message) {
        this(type, message, null);
    }

    /** @param resourceName the modeled {@code resourceName} member (ResourceNotFound, TooManyTags), or null */
    public ApiException(ErrorType type, String message, String resourceName) {
        super(message, null, false, false);
        this.type = type;
        this.resourceName = resourceName;
    }

    public ErrorType type() {
        return type;
    }

    /** @return the extra {@code resourceName} member, or {@code null} */
    public String resourceName() {
        return resourceName;
    }

    public static ApiException invalidArn(String arn) {
        return new ApiException(ErrorType.INVALID_ARN, "Invalid Arn: 'Invalid ARN prefix: " + arn + "'");
    }

    public static ApiException machineDoesNotExist(String arn) {
        return new ApiException(ErrorType.STATE_MACHINE_DOES_NOT_EXIST, "State Machine Does Not Exist: '" + arn + "'");
    }

    public static ApiException executionDoesNotExist(String arn) {
        return new ApiException(ErrorType.EXECUTION_DOES_NOT_EXIST, "Execution Does Not Exist: '" + arn + "'");
    }

    public static ApiException typeNotSupported() {
        return new ApiException(ErrorType.STATE_MACHINE_TYPE_NOT_SUPPORTED,
                "This operation is not supported by this type of state machine");
    }

    public static ApiException resourceNotFound(String arn) {
        return new ApiException(ErrorType.RESOURCE_NOT_FOUND, "Resource not found: '" + arn + "'", arn);
    }

    public static ApiException invalidToken() {
        return new ApiException(ErrorType.INVALID_TOKEN, "Invalid Token: 'Invalid token'");
    }

    /**
     * A ValidationException that Step Functions itself raises once the request's shape is valid:
     * AWS's message as it is, with no count of constraint violations before it.
     */
    public static ApiException refused(String message) {
        return new ApiException(ErrorType.VALIDATION, message);
    }

    /** A single constraint violation, worded as AWS's request validator words it. */
    public static ApiException validation(String violation) {
        return new ApiException(ErrorType.VALIDATION, "1 validation error detected: " + violation);
    }
}
