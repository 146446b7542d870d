package io.expresso.http.registry;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The most recent runs of STANDARD-typed machines, bounded: past its capacity the oldest record
 * is forgotten (and DescribeExecution then answers ExecutionDoesNotExist for it, as AWS does once
 * its retention has passed). Lock-free; any event loop may add and read.
 */
public final class ExecutionWindow {

    private final int capacity;
    private final ConcurrentHashMap<String, ExecutionRecord> byArn = new ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<ExecutionRecord> oldestFirst = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();

    /** @param capacity how many runs to remember */
    public ExecutionWindow(int capacity) {
        this.capacity = capacity;
    }

    /** @return a number larger than any handed out before: the next record's {@link ExecutionRecord#sequence()} */
    public long nextSequence() {
        return sequence.incrementAndGet();
    }

    /** Remembers a run, forgetting the oldest ones past the capacity. */
    public void add(ExecutionRecord record) {
        byArn.put(record.arn(), record);
        oldestFirst.addLast(record);
        if (size.incrementAndGet() > capacity) {
            ExecutionRecord oldest = oldestFirst.pollFirst();
            if (oldest != null) {
                byArn.remove(oldest.arn(), oldest);
                size.decrementAndGet();
            }
        }
    }

    /** @return the run, or null when unknown or forgotten */
    public ExecutionRecord get(String arn) {
        return byArn.get(arn);
    }

    /**
     * @param beforeSequence the last sequence of the previous page, or 0 for the first page
     * @return up to {@code limit + 1} matching runs, newest first; the extra one tells whether a next page exists
     */
    public List<ExecutionRecord> newestFirst(Predicate<ExecutionRecord> filter, long beforeSequence, int limit) {
        List<ExecutionRecord> page = new ArrayList<>();
        Iterator<ExecutionRecord> records = oldestFirst.descendingIterator();
        while (records.hasNext() && page.size() <= limit) {
            ExecutionRecord record = records.next();
            if ((beforeSequence == 0 || record.sequence() < beforeSequence) && filter.test(record)) {
                page.add(record);
            }
        }
        return page;
    }
}
