package io.expresso.runtime.observe.metrics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Counts, an exact sum of durations, and a latency histogram for one interval. Writers fill it
 * inside their phaser critical section, the reader reads it once the phaser has flipped it out of
 * use, and the reader's own aggregates are touched under the reader lock only.
 *
 * <p>An event loop's buffer has one writer and is filled with plain stores. The buffer of the
 * stripe that threads outside the loops share is filled with atomic adds and a
 * {@link ConcurrentHistogram}, so that its writers need no lock either.
 */
final class IntervalBuffer {

    /**
     * Durations above an hour are recorded as an hour: a fixed range is what keeps recording
     * allocation-free (an auto-resizing histogram would grow on the loop), and an hour is far
     * beyond Express's five-minute limit.
     */
    static final long HIGHEST_NANOS = 3_600_000_000_000L;

    private static final VarHandle COUNTS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle SUM_NANOS;

    static {
        try {
            SUM_NANOS = MethodHandles.lookup().findVarHandle(IntervalBuffer.class, "sumNanos", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long[] counts;
    private long sumNanos;
    private final Histogram histogram;
    private final boolean concurrent;

    private IntervalBuffer(int counters, Histogram histogram, boolean concurrent) {
        this.counts = new long[counters];
        this.histogram = histogram;
        this.concurrent = concurrent;
    }

    /** @return a buffer for one writer at a time: an event loop's, or the reader's aggregates */
    static IntervalBuffer singleWriter(int counters, int significantDigits) {
        return new IntervalBuffer(counters, new Histogram(1, HIGHEST_NANOS, significantDigits), false);
    }

    /** @return a buffer that any number of threads fill at once, without locks */
    static IntervalBuffer sharedWriters(int counters, int significantDigits) {
        return new IntervalBuffer(counters, new ConcurrentHistogram(1, HIGHEST_NANOS, significantDigits), true);
    }

    /** Counts one event of kind {@code counter} that took {@code nanos}. */
    void record(int counter, long nanos) {
        long clamped = Math.max(0, Math.min(nanos, HIGHEST_NANOS));
        if (concurrent) {
            COUNTS.getAndAdd(counts, counter, 1L);
            SUM_NANOS.getAndAdd(this, clamped);
        } else {
            counts[counter]++;
            sumNanos += clamped;
        }
        histogram.recordValue(clamped);
    }

    /** Adds {@code amount} to a counter that is not an event count (billed time). */
    void add(int counter, long amount) {
        if (concurrent) {
            COUNTS.getAndAdd(counts, counter, amount);
        } else {
            counts[counter] += amount;
        }
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
