package io.expresso.runtime.observe.metrics;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Durations recorded over some span (since start, or one interval): how many, their exact sum,
 * and their distribution. Values read from the distribution are the highest value of the
 * histogram bucket they fall in, HdrHistogram's convention, so they are within the series'
 * precision (1% for executions and task resources, about 6% for states) and never understate.
 * Immutable.
 */
public final class LatencySnapshot {

    private static final LatencySnapshot EMPTY = new LatencySnapshot(null, 0);

    /** {@code null} when nothing was recorded, so idle series cost no copy. */
    private final Histogram histogram;
    private final long sumNanos;

    private LatencySnapshot(Histogram histogram, long sumNanos) {
        this.histogram = histogram;
        this.sumNanos = sumNanos;
    }

    static LatencySnapshot of(Histogram histogram, long sumNanos) {
        return histogram.getTotalCount() == 0 ? EMPTY : new LatencySnapshot(histogram.copy(), sumNanos);
    }

    /** @return how many durations were recorded */
    public long count() {
        return histogram == null ? 0 : histogram.getTotalCount();
    }

    /** @return the exact sum of the recorded durations, in nanoseconds */
    public long sumNanos() {
        return sumNanos;
    }

    /** @return the largest recorded duration, in nanoseconds, or 0 when there is none */
    public long maxNanos() {
        return histogram == null ? 0 : histogram.getMaxValue();
    }

    /**
     * @param percentile from 0 to 100
     * @return the duration at or below which {@code percentile}% of the durations fall, in
     *     nanoseconds, or 0 when there is none
     */
    public long valueAtPercentileNanos(double percentile) {
        return histogram == null ? 0 : histogram.getValueAtPercentile(percentile);
    }

    /**
     * Counts the durations at or below each bound, in one pass over the recorded buckets.
     *
     * @param upperBoundsNanos ascending bounds
     * @return for each bound, how many durations are at or below it (cumulative, as Prometheus
     *     histogram buckets are)
     */
    public long[] countsAtOrBelow(long[] upperBoundsNanos) {
        long[] counts = new long[upperBoundsNanos.length];
        if (histogram == null) {
            return counts;
        }
        int bound = 0;
        long below = 0;
        for (HistogramIterationValue value : histogram.recordedValues()) {
            while (bound < upperBoundsNanos.length && value.getValueIteratedTo() > upperBoundsNanos[bound]) {
                counts[bound++] = below;
            }
            below += value.getCountAtValueIteratedTo();
        }
        while (bound < upperBoundsNanos.length) {
            counts[bound++] = below;
        }
        return counts;
    }

    /**
     * Picks at most {@code limit} durations that stand for the distribution: every recorded
     * duration when there are no more than {@code limit}, otherwise the values at {@code limit}
     * evenly spaced percentiles from 0 (the minimum) to 100 (the maximum).
     *
     * @param limit at least 2
     * @return the samples in ascending order, in nanoseconds
     */
    public long[] samplesNanos(int limit) {
        long count = count();
        if (count <= limit) {
            return everyValue((int) count);
        }
        long[] samples = new long[limit];
        for (int i = 0; i < limit; i++) {
            samples[i] = histogram.getValueAtPercentile(100.0 * i / (limit - 1));
        }
        return samples;
    }

    private long[] everyValue(int count) {
        long[] values = new long[count];
        if (histogram == null) {
            return values;
        }
        int next = 0;
        for (HistogramIterationValue value : histogram.recordedValues()) {
            for (long i = 0; i < value.getCountAtValueIteratedTo(); i++) {
                values[next++] = value.getValueIteratedTo();
            }
        }
        return values;
    }
}
