package io.expresso.runtime.integration.nested;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParseException;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.uuid.RandomUuids;
import io.expresso.runtime.PayloadLimit;
import io.expresso.runtime.ResourceNames;
import java.nio.charset.StandardCharsets;

/**
 * A Task's parameters read as the API call they stand for, checked as the API checks them
 * (docs/semantics/http-api.md#startsyncexecution).
 *
 * @param stateMachineArn the machine, version or alias to start
 * @param name            the execution name, generated when the Task gives none
 * @param input           the child's input: the {@code Input} value itself, or the JSON its text holds
 * @param traceHeader     the {@code TraceHeader}, or {@code null}
 * @param metadataOnly    whether {@code IncludedData} is {@code METADATA_ONLY}
 */
record StartRequest(String stateMachineArn, String name, Json input, String traceHeader, boolean metadataOnly) {

    /**
     * @throws InvalidParametersException when the parameters cannot form the call
     * @throws ChildStartException when the API would refuse the call's members
     */
    static StartRequest read(Json parameters, StartOperation operation) {
        if (!(parameters instanceof JsonObject members)) {
            throw new InvalidParametersException("The parameters of " + operation.resource()
                    + " must be an object, not " + parameters);
        }
        for (int i = 0; i < members.size(); i++) {
            if (!operation.accepts(members.keyAt(i))) {
                throw new InvalidParametersException("The field '" + members.keyAt(i)
                        + "' is not supported by Step Functions for " + operation.resource());
            }
        }
        String arn = text(members, "StateMachineArn");
        if (arn == null) {
            throw ChildStartException.validation("Value null at 'stateMachineArn' failed to satisfy constraint: "
                    + "Member must not be null");
        }
        checkLength(arn, "stateMachineArn", 1, 256);
        String name = text(members, "Name");
        if (name != null) {
            checkLength(name, "name", 1, 80);
            if (!ResourceNames.isValid(name)) {
                throw new ChildStartException("InvalidName", "Invalid Name: '" + name + "'");
            }
        }
        String traceHeader = text(members, "TraceHeader");
        if (traceHeader != null) {
            checkLength(traceHeader, "traceHeader", 0, 256);
        }
        return new StartRequest(arn, name == null ? RandomUuids.unique() : name, input(members.get("Input")), traceHeader,
                includedData(text(members, "IncludedData")));
    }

    /** @return the member's text, or {@code null} when absent or JSON {@code null} */
    private static String text(JsonObject members, String member) {
        Json value = members.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw new InvalidParametersException("The field '" + member + "' must be a string, not " + value);
        }
        return text.value();
    }

    private static void checkLength(String value, String member, int min, int max) {
        if (value.length() < min) {
            throw ChildStartException.validation("Value '" + value + "' at '" + member
                    + "' failed to satisfy constraint: Member must have length greater than or equal to " + min);
        }
        if (value.length() > max) {
            throw ChildStartException.validation("Value '" + value + "' at '" + member
                    + "' failed to satisfy constraint: Member must have length less than or equal to " + max);
        }
    }

    /**
     * {@code Input} as JSON text is parsed; any other JSON value is the input itself, as if
     * serialised and parsed again (Step Functions serialises it implicitly); absent or {@code null}
     * is {@code {}}, the API's default.
     */
    private static Json input(Json value) {
        if (value == null || value.isNull()) {
            return JsonObject.EMPTY;
        }
        if (!(value instanceof JsonString text)) {
            checkInputSize(value.serializedSize());
            return value;
        }
        byte[] bytes = text.value().getBytes(StandardCharsets.UTF_8);
        checkInputSize(bytes.length);
        try {
            return JsonParser.parse(bytes);
        } catch (JsonParseException e) {
            throw new ChildStartException("InvalidExecutionInput",
                    "Invalid State Machine Execution Input: '" + e.getMessage() + "'");
        }
    }

    private static void checkInputSize(int bytes) {
        if (bytes > PayloadLimit.MAX_BYTES) {
            throw ChildStartException.validation("Value at 'input' failed to satisfy constraint: "
                    + "Member must have length less than or equal to " + PayloadLimit.MAX_BYTES);
        }
    }

    private static boolean includedData(String value) {
        if (value == null || value.equals("ALL_DATA")) {
            return false;
        }
        if (value.equals("METADATA_ONLY")) {
            return true;
        }
        throw ChildStartException.validation("Value '" + value + "' at 'includedData' failed to satisfy constraint: "
                + "Member must satisfy enum value set: [ALL_DATA, METADATA_ONLY]");
    }
}
