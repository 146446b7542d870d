package io.expresso.runtime.observe.metrics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.HdrHistogram.WriterReaderPhaser;

/**
 * One event loop's part of a {@link StripedSeries}, or the part that every other thread shares.
 *
 * <p>A loop's stripe has a single writer, so recording needs no read-modify-write on shared data:
 * totals are plain increments published with a release store, and interval records pay two
 * uncontended atomic increments (the phaser's enter and exit) around plain stores into a buffer no
 * other thread writes. It is created by its loop on its first record, so its arrays come from that
 * thread's allocation buffer and do not share cache lines with another writer's.
 *
 * <p>The shared stripe takes any number of writers at once, still without locks: totals are
 * atomic adds, and its buffers are {@linkplain IntervalBuffer#sharedWriters made for concurrent
 * writers}. The phaser already admits concurrent writers, so the reader flips it the same way.
 */
final class WriterStripe {

    private static final VarHandle TOTALS = MethodHandles.arrayElementVarHandle(long[].class);

    /** Cumulative counts; a loop's written by that loop only (release store), read with acquire loads. */
    private final long[] totals;
    /** Whether threads outside the event loops record here, several at once. */
    private final boolean shared;
    private final WriterReaderPhaser phaser = new WriterReaderPhaser();
    /**
     * The buffer writers record into. The reader replaces it before flipping the phaser; a writer
     * reads it after entering its critical section, so it either sees the new buffer or is waited
     * for by the flip.
     */
    private volatile IntervalBuffer active;
    /** Reader-owned: the empty buffer that the next flip makes active. */
    private IntervalBuffer spare;

    /** @param shared whether this is the stripe that threads outside the event loops share */
    WriterStripe(int totalCounters, int intervalCounters, int significantDigits, boolean shared) {
        this.totals = new long[totalCounters];
        this.shared = shared;
        this.active = shared ? IntervalBuffer.sharedWriters(intervalCounters, significantDigits)
                : IntervalBuffer.singleWriter(intervalCounters, significantDigits);
        this.spare = shared ? IntervalBuffer.sharedWriters(intervalCounters, significantDigits)
                : IntervalBuffer.singleWriter(intervalCounters, significantDigits);
    }

    /** Writer: adds one to a cumulative total. */
    void increment(int total) {
        if (shared) {
            TOTALS.getAndAdd(totals, total, 1L);
        } else {
            // Single writer: a plain read of our own last value, then a release store for the reader.
            TOTALS.setRelease(totals, total, totals[total] + 1);
        }
    }

    /** Writer: records one event of kind {@code counter} that took {@code nanos}. */
    void record(int counter, long nanos) {
        long epoch = phaser.writerCriticalSectionEnter();
        try {
            active.record(counter, nanos);
        } finally {
            phaser.writerCriticalSectionExit(epoch);
        }
    }

    /** Writer: as {@link #record(int, long)}, adding {@code amount} to {@code amountCounter} in the same interval. */
    void record(int counter, long nanos, int amountCounter, long amount) {
        long epoch = phaser.writerCriticalSectionEnter();
        try {
            IntervalBuffer buffer = active;
            buffer.record(counter, nanos);
            buffer.add(amountCounter, amount);
        } finally {
            phaser.writerCriticalSectionExit(epoch);
        }
    }

    /** Reader only: @return the total as last published by the writer */
    long total(int total) {
        return (long) TOTALS.getAcquire(totals, total);
    }

    /**
     * Reader only: ends this stripe's interval, waits until no writer is still inside it, and
     * adds it to {@code cumulative} and {@code open}.
     */
    void drainInto(IntervalBuffer cumulative, IntervalBuffer open) {
        phaser.readerLock();
        try {
            IntervalBuffer ended = active;
            active = spare;
            phaser.flipPhase();
            cumulative.addAll(ended);
            open.addAll(ended);
            ended.reset();
            spare = ended;
        } finally {
            phaser.readerUnlock();
        }
    }
}
