package io.expresso.http.ops;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParseException;
import io.expresso.codec.json.JsonParser;
import io.expresso.http.api.ApiException;
import io.expresso.http.api.ErrorType;
import io.expresso.runtime.PayloadLimit;
import java.nio.charset.StandardCharsets;

/**
 * The {@code input} member of a start: JSON text of at most 256 KiB of UTF-8
 * (docs/semantics/http-api.md#startsyncexecution).
 */
final class ExecutionInput {

    private ExecutionInput() {
    }

    /**
     * @return the parsed input; {@code {}} when absent
     * @throws ApiException ValidationException when too large, InvalidExecutionInput when empty or not JSON
     */
    static Json parse(String text) {
        if (text == null) {
            return JsonObject.EMPTY;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > PayloadLimit.MAX_BYTES) {
            throw ApiException.validation("Value at 'input' failed to satisfy constraint: Member must have length less than or equal to "
                    + PayloadLimit.MAX_BYTES);
        }
        if (text.isEmpty()) {
            throw new ApiException(ErrorType.INVALID_EXECUTION_INPUT, "Invalid State Machine Execution Input: 'Invalid execution input.'");
        }
        try {
            return JsonParser.parse(bytes);
        } catch (JsonParseException e) {
            throw new ApiException(ErrorType.INVALID_EXECUTION_INPUT, "Invalid State Machine Execution Input: '" + e.getMessage() + "'");
        }
    }
}
