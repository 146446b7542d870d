package io.expresso.runtime.integration.lambda;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParseException;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.net.HttpFailure;
import io.expresso.runtime.net.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Reads the Lambda Invoke API's answers as Step Functions reports them to a state: the payload,
 * a function's error (its {@code errorType}), an API error ({@code Lambda.<Exception>} with the
 * AWS SDK's cause text), or a request that got no answer ({@code Lambda.SdkClientException}).
 */
public final class InvokeResponses {

    /** The header by which Lambda says the payload is an error document ({@code Handled} or {@code Unhandled}). */
    public static final String FUNCTION_ERROR = "X-Amz-Function-Error";
    static final String UNKNOWN = "Lambda.Unknown";
    static final String CLIENT_EXCEPTION = "Lambda.SdkClientException";
    /** What the SDK calls an error whose code is not one of the service's modelled exceptions. */
    static final String SERVICE_BASE_EXCEPTION = "AWSLambdaException";

    /** The exceptions the Invoke operation is modelled with; the SDK names its errors after them. */
    private static final Set<String> MODELLED = Set.of("EC2AccessDeniedException", "EC2ThrottledException",
            "EC2UnexpectedException", "EFSIOException", "EFSMountConnectivityException", "EFSMountFailureException",
            "EFSMountTimeoutException", "ENILimitReachedException", "InvalidParameterValueException",
            "InvalidRequestContentException", "InvalidRuntimeException", "InvalidSecurityGroupIDException",
            "InvalidSubnetIDException", "InvalidZipFileException", "KMSAccessDeniedException", "KMSDisabledException",
            "KMSInvalidStateException", "KMSNotFoundException", "RecursiveInvocationException",
            "RequestTooLargeException", "ResourceConflictException", "ResourceNotFoundException",
            "ResourceNotReadyException", "ServiceException", "SnapStartException", "SnapStartNotReadyException",
            "SnapStartTimeoutException", "SubnetIPAddressLimitReachedException", "TooManyRequestsException",
            "UnsupportedMediaTypeException");

    private InvokeResponses() {
    }

    /**
     * @return the function's payload; a payload that is not JSON becomes a JSON string of its text,
     *     as LocalStack reads it (and an empty one the empty string)
     */
    public static Json payload(byte[] body) {
        try {
            return JsonParser.parse(body);
        } catch (JsonParseException notJson) {
            return JsonString.of(new String(body, StandardCharsets.UTF_8));
        }
    }

    /**
     * The function failed: the error is its {@code errorType}. The cause is the error document: as
     * the function returned it for a Lambda function ARN resource, re-serialised compactly for
     * {@code lambda:invoke} (both recorded on AWS). Without an {@code errorType}, AWS reports
     * {@code Lambda.Unknown} and quotes the payload.
     *
     * @param compactCause whether the resource is {@code lambda:invoke}
     */
    public static AslError functionError(byte[] body, boolean compactCause) {
        String text = new String(body, StandardCharsets.UTF_8);
        Json document;
        try {
            document = JsonParser.parse(body);
        } catch (JsonParseException notJson) {
            document = null;
        }
        Json type = document instanceof JsonObject ? ((JsonObject) document).get("errorType") : null;
        if (!(type instanceof JsonString) || ((JsonString) type).value().isEmpty()) {
            return AslError.of(UNKNOWN, "The cause could not be determined because Lambda did not return an error type."
                    + " Returned payload: " + text);
        }
        return AslError.of(((JsonString) type).value(), compactCause ? document.toString() : text);
    }

    /**
     * The Invoke API refused the call (no function, throttled, failed): {@code Lambda.<ErrorCode>}
     * for the service's modelled exceptions, else {@code Lambda.AWSLambdaException}; the cause in
     * the AWS SDK's words, {@code <message> (Service: AWSLambda; Status Code: …; Error Code: …;
     * Request ID: …; Proxy: null)}. Local servers that drop the {@code Exception} suffix
     * ({@code sam local}'s {@code ResourceNotFound}) get AWS's name.
     */
    public static AslError serviceError(HttpResponse response) {
        JsonObject body = errorBody(response.body());
        String code = modelledName(errorCode(response, body));
        String name = code != null && MODELLED.contains(code) ? code : SERVICE_BASE_EXCEPTION;
        String requestId = response.headers().first("x-amzn-RequestId");
        return AslError.of("Lambda." + name, errorMessage(response, body) + " (Service: AWSLambda; Status Code: "
                + response.status() + "; Error Code: " + code + "; Request ID: " + requestId + "; Proxy: null)");
    }

    /** The request got no answer (refused, reset, timed out on the client): the SDK's client exception. */
    public static AslError clientError(HttpFailure failure) {
        return AslError.of(CLIENT_EXCEPTION, "Unable to execute HTTP request: " + failure.message());
    }

    /** @return the error code from {@code x-amzn-ErrorType} ({@code Code:detail}), else the body's {@code __type}, or {@code null} */
    private static String errorCode(HttpResponse response, JsonObject body) {
        String header = response.headers().first("x-amzn-ErrorType");
        if (header != null && !header.isEmpty()) {
            int colon = header.indexOf(':');
            return colon < 0 ? header : header.substring(0, colon);
        }
        Json type = body == null ? null : body.get("__type");
        if (type instanceof JsonString) {
            String text = ((JsonString) type).value();
            return text.substring(text.lastIndexOf('#') + 1);
        }
        return null;
    }

    private static String modelledName(String code) {
        if (code == null || MODELLED.contains(code) || !MODELLED.contains(code + "Exception")) {
            return code;
        }
        return code + "Exception";
    }

    private static String errorMessage(HttpResponse response, JsonObject body) {
        if (body != null) {
            for (String key : new String[] {"message", "Message", "errorMessage"}) {
                if (body.get(key) instanceof JsonString) {
                    return ((JsonString) body.get(key)).value();
                }
            }
        }
        return response.reason();
    }

    private static JsonObject errorBody(byte[] body) {
        try {
            Json parsed = JsonParser.parse(body);
            return parsed instanceof JsonObject ? (JsonObject) parsed : null;
        } catch (JsonParseException notJson) {
            return null;
        }
    }
}
