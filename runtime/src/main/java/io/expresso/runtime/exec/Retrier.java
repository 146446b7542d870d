package io.expresso.runtime.exec;

import java.util.concurrent.ThreadLocalRandom;

/**
 * One {@code Retry} entry: which errors, how many attempts, and the back-off
 * (docs/semantics/errors-and-retries.md#retry).
 */
public final class Retrier {

    private final ErrorMatcher matcher;
    private final int maxAttempts;
    private final double intervalSeconds;
    private final double backoffRate;
    /** 0 when there is no cap. */
    private final long maxDelaySeconds;
    private final boolean fullJitter;

    public Retrier(ErrorMatcher matcher, int intervalSeconds, int maxAttempts, double backoffRate,
            long maxDelaySeconds, boolean fullJitter) {
        this.matcher = matcher;
        this.intervalSeconds = intervalSeconds;
        this.maxAttempts = maxAttempts;
        this.backoffRate = backoffRate;
        this.maxDelaySeconds = maxDelaySeconds;
        this.fullJitter = fullJitter;
    }

    boolean matches(String error) {
        return matcher.matches(error);
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** @param attempt 0 for the first retry of this retrier */
    long delayMillis(int attempt) {
        double seconds = delaySeconds(attempt);
        if (fullJitter) {
            seconds = ThreadLocalRandom.current().nextDouble() * seconds;
        }
        return (long) (seconds * 1000);
    }

    /** @return the back-off before retry {@code attempt} in whole seconds, rounded up, without jitter (TestState shows this) */
    long backoffSeconds(int attempt) {
        return (long) Math.ceil(delaySeconds(attempt));
    }

    /** The interval grown by the back-off rate for each earlier retry, capped by MaxDelaySeconds. */
    private double delaySeconds(int attempt) {
        double seconds = intervalSeconds * Math.pow(backoffRate, attempt);
        return maxDelaySeconds > 0 ? Math.min(seconds, maxDelaySeconds) : seconds;
    }
}
