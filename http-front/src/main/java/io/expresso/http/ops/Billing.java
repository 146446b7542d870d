package io.expresso.http.ops;

import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;

/** StartSyncExecution's {@code billingDetails}, computed as AWS documents them (docs/semantics/limits.md#billing). */
final class Billing {

    private Billing() {
    }

    /**
     * @param durationMillis the run's wall time
     * @param payloadBytes   definition, input and output sizes together
     * @return duration rounded up to the next 100 ms; memory (50 MB plus payloads) rounded up to 64 MB
     */
    static JsonObject details(long durationMillis, long payloadBytes) {
        return JsonObject.builder(2)
                .add("billedMemoryUsedInMB", JsonNumber.of(io.expresso.runtime.Billing.memoryMb(payloadBytes)))
                .add("billedDurationInMilliseconds", JsonNumber.of(io.expresso.runtime.Billing.durationMillis(durationMillis)))
                .build();
    }
}
