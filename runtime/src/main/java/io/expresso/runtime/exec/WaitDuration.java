package io.expresso.runtime.exec;

import io.expresso.codec.error.AslError;
import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.path.PathExpression;
import io.expresso.runtime.choice.TimestampText;
import java.math.BigDecimal;
import java.time.Instant;

/** How long a Wait state waits: {@code Seconds}, {@code Timestamp}, {@code SecondsPath} or {@code TimestampPath}. */
public abstract class WaitDuration {

    /** AWS refuses delays over 2³¹−1 seconds (docs/semantics/choice-and-wait.md#wait). */
    private static final long MAX_DELAY_SECONDS = Integer.MAX_VALUE;

    WaitDuration() {
    }

    public static WaitDuration seconds(long seconds) {
        return new Seconds(seconds);
    }

    /** @param timestamp a literal the definition validator has already checked */
    public static WaitDuration timestamp(String timestamp) {
        return new Timestamp(TimestampText.parse(timestamp));
    }

    public static WaitDuration secondsPath(PathExpression path) {
        return new SecondsPath(path);
    }

    public static WaitDuration timestampPath(PathExpression path) {
        return new TimestampPath(path);
    }

    /** @return the delay in milliseconds, or -1 after recording a failure in {@code scope} */
    abstract long millis(Json input, EvalScope scope);

    static long until(Instant instant, EvalScope scope) {
        long delayMillis = instant.toEpochMilli() - System.currentTimeMillis();
        if (delayMillis / 1000 > MAX_DELAY_SECONDS) {
            scope.fail(AslError.runtime("Wait state delay is too long."));
            return -1;
        }
        return Math.max(0, delayMillis);
    }

    private static final class Seconds extends WaitDuration {
        private final long millis;

        Seconds(long seconds) {
            this.millis = seconds * 1000;
        }

        @Override
        long millis(Json input, EvalScope scope) {
            return millis;
        }
    }

    private static final class Timestamp extends WaitDuration {
        private final Instant instant;

        Timestamp(Instant instant) {
            this.instant = instant;
        }

        @Override
        long millis(Json input, EvalScope scope) {
            return until(instant, scope);
        }
    }

    private static final class SecondsPath extends WaitDuration {
        private final PathExpression path;

        SecondsPath(PathExpression path) {
            this.path = path;
        }

        @Override
        long millis(Json input, EvalScope scope) {
            Json value = path.evaluate(input, scope);
            String prefix = "The SecondsPath parameter ";
            if (value == null) {
                return failed(scope, prefix + "does not reference an input value: " + path.text());
            }
            String shown = value instanceof JsonString ? ((JsonString) value).value() : value.toString();
            if (!(value instanceof JsonNumber) || !((JsonNumber) value).isIntegral()) {
                return failed(scope, prefix + "cannot be parsed as a long value: " + path.text() + " == " + shown);
            }
            BigDecimal seconds = ((JsonNumber) value).decimalValue();
            if (seconds.signum() < 0) {
                return failed(scope, prefix + "references a negative value: " + path.text() + " == " + shown);
            }
            if (seconds.compareTo(BigDecimal.valueOf(MAX_DELAY_SECONDS)) > 0) {
                return failed(scope, "Wait state delay is too long.");
            }
            return seconds.longValue() * 1000;
        }
    }

    private static final class TimestampPath extends WaitDuration {
        private final PathExpression path;

        TimestampPath(PathExpression path) {
            this.path = path;
        }

        @Override
        long millis(Json input, EvalScope scope) {
            Json value = path.evaluate(input, scope);
            if (value == null) {
                // Unrecorded on AWS; worded like the SecondsPath case.
                return failed(scope, "The TimestampPath parameter does not reference an input value: " + path.text());
            }
            Instant instant = value instanceof JsonString ? TimestampText.parse(((JsonString) value).value()) : null;
            if (instant == null) {
                String shown = value instanceof JsonString ? ((JsonString) value).value() : value.toString();
                return failed(scope, "The TimestampPath parameter does not reference a valid ISO-8601 extended offset"
                        + " date-time format string: " + path.text() + " == " + shown);
            }
            return until(instant, scope);
        }
    }

    private static long failed(EvalScope scope, String cause) {
        scope.fail(AslError.runtime(cause));
        return -1;
    }
}
