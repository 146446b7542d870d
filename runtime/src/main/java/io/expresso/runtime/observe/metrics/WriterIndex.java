package io.expresso.runtime.observe.metrics;

import io.netty.util.concurrent.FastThreadLocal;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A dense, never reused number for each thread that records metrics, which picks its stripe in
 * every series. Netty's event-loop threads hold their {@link FastThreadLocal}s in an array, so on
 * a loop this lookup is an indexed load rather than a hash probe.
 *
 * <p>Indexes are not reused, so every thread that ever records keeps its stripes: the event loops,
 * a fixed set, are the writers this is meant for.
 */
final class WriterIndex {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private static final FastThreadLocal<Integer> INDEX = new FastThreadLocal<>() {
        @Override
        protected Integer initialValue() {
            return NEXT.getAndIncrement();
        }
    };

    private WriterIndex() {
    }

    /** @return the calling thread's writer index */
    static int current() {
        return INDEX.get();
    }
}
