package io.expresso.http.api;

/**
 * Every error the API answers, with the {@code __type} namespace AWS uses for it and its HTTP
 * status (docs/semantics/http-api.md#errors).
 */
public enum ErrorType {
    INVALID_ARN("InvalidArn"),
    INVALID_DEFINITION("InvalidDefinition"),
    INVALID_NAME("InvalidName"),
    INVALID_EXECUTION_INPUT("InvalidExecutionInput"),
    INVALID_LOGGING_CONFIGURATION("InvalidLoggingConfiguration"),
    INVALID_TOKEN("InvalidToken"),
    MISSING_REQUIRED_PARAMETER("MissingRequiredParameter"),
    STATE_MACHINE_DOES_NOT_EXIST("StateMachineDoesNotExist"),
    STATE_MACHINE_ALREADY_EXISTS("StateMachineAlreadyExists"),
    STATE_MACHINE_TYPE_NOT_SUPPORTED("StateMachineTypeNotSupported"),
    EXECUTION_DOES_NOT_EXIST("ExecutionDoesNotExist"),
    EXECUTION_ALREADY_EXISTS("ExecutionAlreadyExists"),
    RESOURCE_NOT_FOUND("ResourceNotFound"),
    TOO_MANY_TAGS("TooManyTags"),
    /** The model documents 409; no recording contradicts it. */
    CONFLICT("ConflictException", Namespaces.SWF, 409),
    /** The model documents 402; no recording contradicts it. */
    SERVICE_QUOTA_EXCEEDED("ServiceQuotaExceededException", Namespaces.SWF, 402),
    VALIDATION("ValidationException", "com.amazon.coral.validate#", 400),
    THROTTLING("ThrottlingException", "com.amazon.coral.availability#", 400),
    UNKNOWN_OPERATION("UnknownOperationException", "com.amazon.coral.service#", 400),
    SERIALIZATION("SerializationException", "com.amazon.coral.service#", 400),
    INTERNAL_FAILURE("InternalFailure", "com.amazon.coral.service#", 500),
    SERVICE_UNAVAILABLE("ServiceUnavailable", "com.amazon.coral.service#", 503);

    private final String code;
    private final String type;
    private final int status;

    ErrorType(String code) {
        this(code, Namespaces.SWF, 400);
    }

    ErrorType(String code, String namespace, int status) {
        this.code = code;
        this.type = namespace + code;
        this.status = status;
    }

    /** @return the bare error name that clients match on, e.g. {@code InvalidArn} */
    public String code() {
        return code;
    }

    /** @return the {@code __type} member: the name behind AWS's namespace */
    public String type() {
        return type;
    }

    public int status() {
        return status;
    }

    private static final class Namespaces {
        static final String SWF = "com.amazonaws.swf.service.v2.model#";
    }
}
