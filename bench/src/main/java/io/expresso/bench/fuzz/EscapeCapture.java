package io.expresso.bench.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects the Throwables that escape the runtime into its event loop. Netty catches what a loop
 * task throws and only logs it ("A task raised an exception"), so the execution simply never ends
 * on its own; listening to that log (Netty logs through java.util.logging when no other logging
 * library is present, as in the bench) is how the runner learns of it at once. While installed,
 * Netty's log records no longer reach the console: a thousand-frame stack overflow per case
 * would drown the progress lines.
 */
final class EscapeCapture extends Handler implements AutoCloseable {

    /** Held strongly: java.util.logging keeps loggers only weakly, and would drop this handler with it. */
    private static final Logger NETTY = Logger.getLogger("io.netty");

    /** A Throwable and the loop thread that caught it: Netty logs on the thread where the task ran. */
    private record Escape(Thread loop, Throwable thrown) {
    }

    private final ConcurrentLinkedQueue<Escape> escaped = new ConcurrentLinkedQueue<>();
    private final boolean parentHandlers;

    EscapeCapture() {
        parentHandlers = NETTY.getUseParentHandlers();
        NETTY.addHandler(this);
        NETTY.setUseParentHandlers(false);
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getThrown() != null) {
            escaped.add(new Escape(Thread.currentThread(), record.getThrown()));
        }
    }

    /**
     * @return what escaped on {@code loop} since the last call, oldest first; what a retired loop
     *     reported (the ThreadDeath that stopped it, for one) is dropped
     */
    List<Throwable> drain(Thread loop) {
        List<Throwable> drained = new ArrayList<>();
        for (Escape escape = escaped.poll(); escape != null; escape = escaped.poll()) {
            if (escape.loop() == loop) {
                drained.add(escape.thrown());
            }
        }
        return drained;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        NETTY.removeHandler(this);
        NETTY.setUseParentHandlers(parentHandlers);
    }
}
