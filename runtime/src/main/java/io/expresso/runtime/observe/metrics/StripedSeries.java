package io.expresso.runtime.observe.metrics;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/**
 * The counts and latencies of one labelled thing (a machine's executions, one state, one task
 * resource), split into one {@link WriterStripe} per event loop, plus one that every other thread
 * shares, and summed by the reader.
 *
 * <p>Two kinds of counter: <em>totals</em> are cumulative counts recorded on their own
 * ({@link WriterStripe#increment}); <em>interval counters</em> are recorded together with a
 * duration ({@link WriterStripe#record}) and flipped with the histogram, so that, say, the
 * executions finished by status always add up to the execution-time histogram's count.
 *
 * <p>Reader-side state (the cumulative and open-interval aggregates) is guarded by the registry's
 * reader lock.
 */
final class StripedSeries {

    private static final AtomicReferenceFieldUpdater<StripedSeries, WriterStripe[]> STRIPES =
            AtomicReferenceFieldUpdater.newUpdater(StripedSeries.class, WriterStripe[].class, "stripes");

    private final int totalCounters;
    private final int intervalCounters;
    private final int significantDigits;
    /** Indexed by {@link WriterIndex}; grown by copy and CAS when a new writer first records. */
    private volatile WriterStripe[] stripes = new WriterStripe[0];

    private final IntervalBuffer cumulative;
    private final IntervalBuffer open;
    private final long[] totals;
    private final long[] totalsAtIntervalStart;

    /**
     * @param significantDigits the latency histogram's precision: 2 keeps every value within 1%,
     *     1 within about 6% at an eighth of the memory
     */
    StripedSeries(int totalCounters, int intervalCounters, int significantDigits) {
        this.totalCounters = totalCounters;
        this.intervalCounters = intervalCounters;
        this.significantDigits = significantDigits;
        this.cumulative = IntervalBuffer.singleWriter(intervalCounters, significantDigits);
        this.open = IntervalBuffer.singleWriter(intervalCounters, significantDigits);
        this.totals = new long[totalCounters];
        this.totalsAtIntervalStart = new long[totalCounters];
    }

    /** Writer: @return the calling thread's stripe, created on the first record into it */
    WriterStripe stripe() {
        int writer = WriterIndex.current();
        WriterStripe[] current = stripes;
        if (writer < current.length) {
            WriterStripe stripe = current[writer];
            if (stripe != null) {
                return stripe;
            }
        }
        return addStripe(writer);
    }

    /**
     * Once per stripe and series. Lock-free: a failed CAS means another writer added a slot, and
     * retrying over that array keeps both. Only the shared slot can be filled by two threads at
     * once; the one that finds it filled records into the stripe already there.
     */
    private WriterStripe addStripe(int writer) {
        WriterStripe created = new WriterStripe(totalCounters, intervalCounters, significantDigits,
                writer == WriterIndex.SHARED);
        while (true) {
            WriterStripe[] current = stripes;
            if (writer < current.length && current[writer] != null) {
                return current[writer];
            }
            WriterStripe[] grown = Arrays.copyOf(current, Math.max(current.length, writer + 1));
            grown[writer] = created;
            if (STRIPES.compareAndSet(this, current, grown)) {
                return created;
            }
        }
    }

    /**
     * Reader: flips every stripe into the aggregates, then reads the totals. Totals are read
     * after the flips so that whatever a flipped record counts as ended was also counted as begun
     * (a writer counts the start before it records the end).
     */
    void collect() {
        for (WriterStripe stripe : stripes) {
            if (stripe != null) {
                stripe.drainInto(cumulative, open);
            }
        }
        Arrays.fill(totals, 0);
        for (WriterStripe stripe : stripes) {
            if (stripe != null) {
                for (int i = 0; i < totalCounters; i++) {
                    totals[i] += stripe.total(i);
                }
            }
        }
    }

    /** @return how many stripes have been created: one per event loop that recorded, and the shared one */
    int stripeCount() {
        int count = 0;
        for (WriterStripe stripe : stripes) {
            if (stripe != null) {
                count++;
            }
        }
        return count;
    }

    /** Reader: ends the open interval at the last {@link #collect()}. */
    void startInterval() {
        open.reset();
        System.arraycopy(totals, 0, totalsAtIntervalStart, 0, totalCounters);
    }

    /** Reader: @return a total since start, as of the last {@link #collect()} */
    long total(int total) {
        return totals[total];
    }

    /** Reader: @return a total since the open interval started */
    long intervalTotal(int total) {
        return totals[total] - totalsAtIntervalStart[total];
    }

    /** Reader: @return an interval counter summed since start */
    long count(int counter) {
        return cumulative.count(counter);
    }

    /** Reader: @return an interval counter summed over the open interval */
    long intervalCount(int counter) {
        return open.count(counter);
    }

    LatencySnapshot latency() {
        return cumulative.latency();
    }

    LatencySnapshot intervalLatency() {
        return open.latency();
    }
}
