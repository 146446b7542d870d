package io.expresso.runtime.observe.metrics;

import java.util.Arrays;
import org.HdrHistogram.Histogram;

/**
 * Counts, an exact sum of durations, and a latency histogram for one interval. Not thread-safe:
 * a writer fills it inside its phaser critical section, the reader reads it once the phaser has
 * flipped it out of use, and the reader's own aggregates are touched under the reader lock only.
 */
final class IntervalBuffer {

    /**
     * Durations above an hour are recorded as an hour: a fixed range is what keeps recording
     * allocation-free (an auto-resizing histogram would grow on the loop), and an hour is far
     * beyond Express's five-minute limit.
     */
    static final long HIGHEST_NANOS = 3_600_000_000_000L;

    private final long[] counts;
    private long sumNanos;
    private final Histogram histogram;

    IntervalBuffer(int counters, int significantDigits) {
        this.counts = new long[counters];
        this.histogram = new Histogram(1, HIGHEST_NANOS, significantDigits);
    }

    /** Counts one event of kind {@code counter} that took {@code nanos}. */
    void record(int counter, long nanos) {
        long clamped = Math.max(0, Math.min(nanos, HIGHEST_NANOS));
        counts[counter]++;
        sumNanos += clamped;
        histogram.recordValue(clamped);
    }

    /** Adds {@code amount} to a counter that is not an event count (billed time). */
    void add(int counter, long amount) {
        counts[counter] += amount;
    }

    void addAll(IntervalBuffer other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        sumNanos += other.sumNanos;
        histogram.add(other.histogram);
    }

    void reset() {
        Arrays.fill(counts, 0);
        sumNanos = 0;
        histogram.reset();
    }

    long count(int counter) {
        return counts[counter];
    }

    /** @return an immutable copy of the durations */
    LatencySnapshot latency() {
        return LatencySnapshot.of(histogram, sumNanos);
    }
}
