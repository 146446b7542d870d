package io.expresso.http.ops;

import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;

/** StartSyncExecution's {@code billingDetails}, computed as AWS documents them (limits.md §7). */
final class Billing {

    private static final long MB = 1024 * 1024;

    private Billing() {
    }

    /**
     * @param durationMillis the run's wall time
     * @param payloadBytes   definition, input and output sizes together
     * @return duration rounded up to the next 100 ms; memory (50 MB plus payloads) rounded up to 64 MB
     */
    static JsonObject details(long durationMillis, long payloadBytes) {
        long billedMillis = ((Math.max(1, durationMillis) + 99) / 100) * 100;
        long estimatedMb = 50 + (payloadBytes + MB - 1) / MB;
        long billedMb = ((estimatedMb + 63) / 64) * 64;
        return JsonObject.builder(2)
                .add("billedMemoryUsedInMB", JsonNumber.of(billedMb))
                .add("billedDurationInMilliseconds", JsonNumber.of(billedMillis))
                .build();
    }
}
