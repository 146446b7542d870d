package io.expresso.runtime.exec;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.runtime.PayloadLimit;

/** The 256 KiB payload rule of Express (docs/semantics/data-flow.md#payload-size). */
final class Payloads {

    private Payloads() {
    }

    static boolean tooLarge(Json value) {
        return value.serializedSize() > PayloadLimit.MAX_BYTES;
    }

    /**
     * @param subject the state name, or for task results the resource AWS names
     * (docs/semantics/data-flow.md#payload-size)
     */
    static AslError limitExceeded(String subject) {
        return AslError.of(AslError.DATA_LIMIT_EXCEEDED, "The state/task '" + subject
                + "' returned a result with a size exceeding the maximum number of bytes service limit.");
    }
}
