package io.expresso.runtime.observe.metrics;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.FastThreadLocal;
import io.netty.util.internal.ThreadExecutorMap;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which stripe of every series the calling thread records into. Each event loop gets a number of
 * its own, dense from 1, so it records wait-free into a stripe no other thread writes; Netty's
 * event-loop threads hold their {@link FastThreadLocal}s in an array, so on a loop this lookup is
 * an indexed load rather than a hash probe.
 *
 * <p>Every other thread (a caller whose start was refused on its own thread, an embedding
 * application's workers) records into stripe {@link #SHARED}: callers may bring any number of
 * threads, and a stripe each, never given back, would grow without bound. What such a thread
 * keeps here goes with the thread. Event loops are a fixed set per runtime, and the number of one
 * that stops is given to the next loop that starts.
 *
 * <p>A thread counts as an event loop when Netty says it runs one ({@link ThreadExecutorMap}),
 * as it does for every loop of a group's for the life of its thread.
 */
final class WriterIndex {

    /** The stripe that every thread outside the event loops records into. */
    static final int SHARED = 0;

    private static final AtomicInteger NEXT = new AtomicInteger(SHARED + 1);
    private static final Queue<Integer> FREED = new ConcurrentLinkedQueue<>();

    private static final FastThreadLocal<Integer> INDEX = new FastThreadLocal<>() {
        @Override
        protected Integer initialValue() {
            if (!(ThreadExecutorMap.currentExecutor() instanceof EventLoop)) {
                return SHARED;
            }
            Integer freed = FREED.poll();
            return freed != null ? freed : NEXT.getAndIncrement();
        }

        /**
         * Netty removes a loop thread's locals as the thread ends. The next loop that takes the
         * number carries on that loop's stripes: the queue orders its records after the last one
         * of the thread that ended, so the single-writer rule still holds.
         */
        @Override
        protected void onRemoval(Integer index) {
            if (index != SHARED) {
                FREED.offer(index);
            }
        }
    };

    private WriterIndex() {
    }

    /** @return the calling thread's stripe index */
    static int current() {
        return INDEX.get();
    }
}
