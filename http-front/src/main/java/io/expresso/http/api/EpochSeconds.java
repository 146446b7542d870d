package io.expresso.http.api;

import io.expresso.codec.json.JsonNumber;

/** AWS JSON timestamps: seconds since the epoch as a number with a millisecond fraction. */
public final class EpochSeconds {

    private EpochSeconds() {
    }

    /** @return e.g. {@code 1735732800.123} for that many milliseconds */
    public static JsonNumber of(long epochMillis) {
        return JsonNumber.ofScaled(epochMillis, 3);
    }
}
