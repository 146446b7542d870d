package io.expresso.runtime.asl;

import java.util.List;

/**
 * One element of a {@code Retry} array, defaults filled in.
 *
 * @param errorEquals     the error names it matches, non-empty
 * @param intervalSeconds the first delay, default 1
 * @param maxAttempts     the number of retries, default 3; 0 never retries
 * @param backoffRate     the delay multiplier, default 2.0
 * @param maxDelaySeconds the cap on each delay, or {@code null}
 * @param jitterStrategy  default {@link JitterStrategy#NONE}
 * @param comment         the {@code Comment}, or {@code null}
 */
public record Retrier(List<String> errorEquals, int intervalSeconds, int maxAttempts, double backoffRate,
                      Integer maxDelaySeconds, JitterStrategy jitterStrategy, String comment) {

    public static final int DEFAULT_INTERVAL_SECONDS = 1;
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final double DEFAULT_BACKOFF_RATE = 2.0;

    public Retrier {
        errorEquals = List.copyOf(errorEquals);
    }
}
