package io.expresso.runtime.observe.metrics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.HdrHistogram.WriterReaderPhaser;

/**
 * One writer thread's part of a {@link StripedSeries}. Only that thread records into it, so
 * recording needs no read-modify-write on shared data: totals are plain increments published
 * with a release store, and interval records pay two uncontended atomic increments (the phaser's
 * enter and exit) around plain stores into a buffer no other thread writes.
 *
 * <p>A stripe is created by its writer on its first record, so its arrays come from that
 * thread's allocation buffer and do not share cache lines with another writer's.
 */
final class WriterStripe {

    private static final VarHandle TOTALS = MethodHandles.arrayElementVarHandle(long[].class);

    /** Cumulative counts; written by the owning thread only (release store), read with acquire loads. */
    private final long[] totals;
    private final WriterReaderPhaser phaser = new WriterReaderPhaser();
    /**
     * The buffer writers record into. The reader replaces it before flipping the phaser; a writer
     * reads it after entering its critical section, so it either sees the new buffer or is waited
     * for by the flip.
     */
    private volatile IntervalBuffer active;
    /** Reader-owned: the empty buffer that the next flip makes active. */
    private IntervalBuffer spare;

    WriterStripe(int totalCounters, int intervalCounters, int significantDigits) {
        this.totals = new long[totalCounters];
        this.active = new IntervalBuffer(intervalCounters, significantDigits);
        this.spare = new IntervalBuffer(intervalCounters, significantDigits);
    }

    /** Writer only: adds one to a cumulative total. */
    void increment(int total) {
        // Single writer: a plain read of our own last value, then a release store for the reader.
        TOTALS.setRelease(totals, total, totals[total] + 1);
    }

    /** Writer only: records one event of kind {@code counter} that took {@code nanos}. */
    void record(int counter, long nanos) {
        long epoch = phaser.writerCriticalSectionEnter();
        try {
            active.record(counter, nanos);
        } finally {
            phaser.writerCriticalSectionExit(epoch);
        }
    }

    /** Writer only: as {@link #record(int, long)}, adding {@code amount} to {@code amountCounter} in the same interval. */
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
