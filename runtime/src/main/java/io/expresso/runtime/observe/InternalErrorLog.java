package io.expresso.runtime.observe;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.jctools.queues.MpscArrayQueue;

/**
 * Reports failures that are bugs or hostile input reaching a corner nobody handled: a Throwable
 * that escaped an execution or a request. Event loops must not write to a stream, so a report is
 * only enqueued (wait-free, bounded); one daemon thread formats the stack trace and prints it to
 * standard error. When reports come faster than they can be printed, the excess is counted and
 * said in one line instead of queueing without bound.
 */
public final class InternalErrorLog {

    private static final int CAPACITY = 256;
    private static final int FRAMES_SHOWN = 40;
    private static final MpscArrayQueue<Report> QUEUE = new MpscArrayQueue<>(CAPACITY);
    private static final AtomicLong DROPPED = new AtomicLong();
    private static final Thread PRINTER;

    static {
        PRINTER = new Thread(InternalErrorLog::printForever, "expresso-internal-errors");
        PRINTER.setDaemon(true);
        PRINTER.start();
    }

    private InternalErrorLog() {
    }

    /**
     * Enqueues one report; never blocks.
     *
     * @param what one line saying where it happened, for example {@code execution arn:…}
     * @param failure what was thrown
     */
    public static void report(String what, Throwable failure) {
        if (!QUEUE.offer(new Report(what, failure))) {
            DROPPED.incrementAndGet();
        } else {
            LockSupport.unpark(PRINTER);
        }
    }

    /** @return reports lost because the queue was full since the start */
    public static long dropped() {
        return DROPPED.get();
    }

    private static void printForever() {
        PrintStream err = System.err;
        long droppedSaid = 0;
        while (true) {
            Report report = QUEUE.poll();
            if (report == null) {
                long dropped = DROPPED.get();
                if (dropped != droppedSaid) {
                    err.println("expresso: " + (dropped - droppedSaid) + " more internal failures were not printed");
                    droppedSaid = dropped;
                }
                LockSupport.parkNanos(100_000_000L);
                continue;
            }
            err.println("expresso: internal failure: " + report.what);
            print(err, report.failure);
        }
    }

    /** Prints the throwable and its first frames: a stack overflow's thousand frames repeat one cycle. */
    private static void print(PrintStream err, Throwable failure) {
        err.println(failure);
        StackTraceElement[] frames = failure.getStackTrace();
        int shown = Math.min(frames.length, FRAMES_SHOWN);
        for (int i = 0; i < shown; i++) {
            err.println("\tat " + frames[i]);
        }
        if (shown < frames.length) {
            err.println("\t... " + (frames.length - shown) + " more");
        }
        if (failure.getCause() != null && failure.getCause() != failure) {
            err.print("Caused by: ");
            print(err, failure.getCause());
        }
    }

    private record Report(String what, Throwable failure) {
    }
}
