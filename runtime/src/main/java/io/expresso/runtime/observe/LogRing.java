package io.expresso.runtime.observe;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import org.agrona.concurrent.MessageHandler;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.OneToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;

/**
 * Carries execution events from one event loop (the only producer) to the logger thread (the
 * only consumer) without locks, waiting or formatting on the loop.
 *
 * <p>Each event is a fixed 40-byte record in an Agrona {@link OneToOneRingBuffer} plus
 * {@value #REFS} object references in a parallel array: the immutable values the event shows
 * (its JSON input or output, the state name, error and cause), handed over as they are instead of
 * being encoded on the loop. A record's references sit at slots derived from its sequence number;
 * the reference array holds more records than the ring can, and the ring frees a record's space
 * only after the consumer has read (and cleared) its references, so a slot is never reused while
 * its record is unread. When the ring is full the event is dropped and counted, never waited for.
 */
public final class LogRing {

    static final int REFS = 4;
    static final int RECORD_LENGTH = 40;
    private static final int TYPE = 0;
    private static final int EVENT_ID = 4;
    private static final int PREVIOUS_ID = 8;
    private static final int NUMBER = 12;
    private static final int TIMESTAMP = 16;
    private static final int SEQUENCE = 24;
    private static final int CONTEXT_SLOT = 32;

    private static final AtomicLongFieldUpdater<LogRing> DROPPED =
            AtomicLongFieldUpdater.newUpdater(LogRing.class, "dropped");

    private final OneToOneRingBuffer ring;
    private final Object[] refs;
    private final int refMask;
    private final Object[] contexts;
    /** Producer-only: the next record's sequence number. */
    private long sequence;
    /** Written by the producer only (ordered store), read by the metrics reporter. */
    private volatile long dropped;

    /** @param capacityBytes the ring's data capacity, a power of two of at least 4 KiB */
    public LogRing(int capacityBytes) {
        this.ring = new OneToOneRingBuffer(new UnsafeBuffer(
                ByteBuffer.allocateDirect(capacityBytes + RingBufferDescriptor.TRAILER_LENGTH)));
        // Each record takes its length plus an 8-byte header in the ring, aligned to 8 bytes.
        int maxRecords = capacityBytes / (RECORD_LENGTH + 8);
        int slots = Integer.highestOneBit(maxRecords * REFS * 2 - 1) << 1;
        this.refs = new Object[slots];
        this.refMask = slots - 1;
        this.contexts = new Object[slots / REFS];
    }

    /**
     * Offers one event; called on the producing loop only.
     *
     * @param number the event's index or length where it has one (Map events), else 0
     * @return whether the event was accepted (false: the ring was full and the event is dropped)
     */
    public boolean offer(EventType type, ExecutionLog execution, int eventId, int previousId, long timestamp,
            int number, Object subject, Object data, String error, String cause) {
        int index = ring.tryClaim(1, RECORD_LENGTH);
        if (index < 0) {
            DROPPED.lazySet(this, dropped + 1);
            return false;
        }
        long seq = sequence++;
        int base = (int) (seq * REFS) & refMask;
        refs[base] = subject;
        refs[base + 1] = data;
        refs[base + 2] = error;
        refs[base + 3] = cause;
        contexts[base / REFS] = execution;
        UnsafeBuffer buffer = (UnsafeBuffer) ring.buffer();
        buffer.putInt(index + TYPE, type.ordinal());
        buffer.putInt(index + EVENT_ID, eventId);
        buffer.putInt(index + PREVIOUS_ID, previousId);
        buffer.putInt(index + NUMBER, number);
        buffer.putLong(index + TIMESTAMP, timestamp);
        buffer.putLong(index + SEQUENCE, seq);
        buffer.putInt(index + CONTEXT_SLOT, base / REFS);
        ring.commit(index); // release: the references written above are visible to the consumer
        return true;
    }

    /** @return events dropped because the ring was full, since the start */
    public long dropped() {
        return dropped;
    }

    /**
     * Hands up to {@code limit} events to {@code sink} on the consumer thread, clearing their
     * references so that logged payloads do not stay reachable.
     *
     * @return how many events were read
     */
    public int drain(LogEventSink sink, int limit) {
        MessageHandler handler = (typeId, buffer, index, length) -> {
            int base = (int) (buffer.getLong(index + SEQUENCE) * REFS) & refMask;
            int contextSlot = buffer.getInt(index + CONTEXT_SLOT);
            sink.accept(EventType.ofOrdinal(buffer.getInt(index + TYPE)), (ExecutionLog) contexts[contextSlot],
                    buffer.getInt(index + EVENT_ID), buffer.getInt(index + PREVIOUS_ID),
                    buffer.getLong(index + TIMESTAMP), buffer.getInt(index + NUMBER),
                    refs[base], refs[base + 1], (String) refs[base + 2], (String) refs[base + 3]);
            refs[base] = null;
            refs[base + 1] = null;
            refs[base + 2] = null;
            refs[base + 3] = null;
            contexts[contextSlot] = null;
        };
        return ring.read(handler, limit);
    }

    /** Receives drained events on the logger thread. */
    @FunctionalInterface
    public interface LogEventSink {
        void accept(EventType type, ExecutionLog execution, int eventId, int previousId, long timestamp, int number,
                Object subject, Object data, String error, String cause);
    }
}
