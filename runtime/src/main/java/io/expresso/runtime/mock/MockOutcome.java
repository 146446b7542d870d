package io.expresso.runtime.mock;

import io.expresso.codec.json.Json;

/**
 * What one invocation of a mocked Task yields: a {@code Return} value or a {@code Throw}n error,
 * after {@link #delayMillis()} (Expresso's additive {@code Delay}; 0 when absent).
 */
public final class MockOutcome {

    private final Json value;
    private final String error;
    private final String cause;
    private final long delayMillis;

    private MockOutcome(Json value, String error, String cause, long delayMillis) {
        this.value = value;
        this.error = error;
        this.cause = cause;
        this.delayMillis = delayMillis;
    }

    /** @return an outcome that returns {@code value} */
    public static MockOutcome returning(Json value, long delayMillis) {
        return new MockOutcome(value, null, null, delayMillis);
    }

    /** @return an outcome that throws {@code error} with {@code cause} */
    public static MockOutcome throwing(String error, String cause, long delayMillis) {
        return new MockOutcome(null, error, cause, delayMillis);
    }

    /** @return the {@code Return} value, or {@code null} for a {@code Throw} */
    public Json value() {
        return value;
    }

    /** @return the {@code Throw} error name, or {@code null} for a {@code Return} */
    public String error() {
        return error;
    }

    /** @return the {@code Throw} cause, or {@code null} for a {@code Return} */
    public String cause() {
        return cause;
    }

    /** @return how long the outcome takes to arrive, in milliseconds */
    public long delayMillis() {
        return delayMillis;
    }
}
