package io.expresso.runtime.choice;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonString;
import java.time.Instant;

/** Reads a JSON value as an ASL timestamp. */
final class Timestamps {

    private Timestamps() {
    }

    /** @return the instant, or {@code null} when {@code value} is not a timestamp string */
    static Instant instant(Json value) {
        return value instanceof JsonString ? TimestampText.parse(((JsonString) value).value()) : null;
    }
}
