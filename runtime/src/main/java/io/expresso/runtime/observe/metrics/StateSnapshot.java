package io.expresso.runtime.observe.metrics;

/**
 * One state's counts since start and its durations.
 *
 * @param name the state's name
 * @param entered times the state was entered
 * @param failed times it ended with an error (caught or not)
 * @param duration entry-to-exit durations since start; its count is the times the state ended
 * @param intervalDuration the same, over the open interval
 */
public record StateSnapshot(String name, long entered, long failed, LatencySnapshot duration,
        LatencySnapshot intervalDuration) {
}
