package io.expresso.runtime.choice;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonString;


/** Reads a JSON value as an ASL timestamp. */
final class Timestamps {

    private Timestamps() {
    }

    /** @return epoch nanoseconds, or {@link Long#MIN_VALUE} when {@code value} is not a timestamp string */
    static long epochNanos(Json value) {
        return value instanceof JsonString ? TimestampText.parseEpochNanos(((JsonString) value).value()) : Long.MIN_VALUE;
    }
}
