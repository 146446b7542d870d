package io.expresso.runtime.observe;

import com.dslplatform.json.JsonWriter;
import java.io.IOException;
import java.util.List;
import org.jctools.queues.MpscArrayQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The one thread that turns execution events into log lines: it drains every loop's
 * {@link LogRing} in batches, encodes each event and writes it to every output, flushing after
 * each busy round. Event loops never wait for it; when it falls behind, rings fill and events are
 * dropped and counted. Closing it drains what was accepted, then flushes and closes the outputs.
 */
public final class LogWriterThread implements AutoCloseable {

    private static final int BATCH = 1024;

    private final List<LogRing> rings;
    private final List<LogOutput> outputs;
    private final LogRecordEncoder encoder = new LogRecordEncoder();
    private final MpscArrayQueue<QueuedMessage> messages = new MpscArrayQueue<>(4096);
    private final Thread thread;
    private volatile boolean running = true;
    private volatile IOException failure;

    public LogWriterThread(List<LogRing> rings, List<LogOutput> outputs) {
        this.rings = List.copyOf(rings);
        this.outputs = List.copyOf(outputs);
        this.thread = new Thread(this::run, "expresso-log-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void run() {
        int idleRounds = 0;
        while (running) {
            if (drainOnce() > 0) {
                idleRounds = 0;
                flush();
            } else {
                // Spin briefly, then back off to sleeping: logging must not cost a core when idle.
                idleRounds++;
                if (idleRounds > 100) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(idleRounds > 1000 ? 10 : 1));
                } else {
                    Thread.onSpinWait();
                }
            }
        }
    }

    private int drainOnce() {
        int drained = 0;
        for (LogRing ring : rings) {
            drained += ring.drain(this::write, BATCH);
        }
        QueuedMessage message;
        while ((message = messages.poll()) != null) {
            writeLine(encoder.envelope(message.streamName, message.timestamp, message.text));
            drained++;
        }
        return drained;
    }

    /** A message submitted from another thread, with the stream it belongs to. */
    private static final class QueuedMessage {
        final String streamName;
        final long timestamp;
        final String text;

        QueuedMessage(String streamName, long timestamp, String text) {
            this.streamName = streamName;
            this.timestamp = timestamp;
            this.text = text;
        }
    }

    private void write(EventType type, ExecutionLog execution, int eventId, int previousId, long timestamp, int number,
            Object subject, Object data, String error, String cause) {
        JsonWriter line = encoder.encode(type, execution, eventId, previousId, timestamp, number, subject, data, error, cause);
        writeLine(line);
    }

    /**
     * Queues a message that is not an execution event (an EMF metrics record) for the same outputs,
     * in its own log stream; callable from any thread. A full queue drops the message.
     *
     * @return whether the message was accepted
     */
    public boolean submit(String streamName, long timestamp, String message) {
        return messages.offer(new QueuedMessage(streamName, timestamp, message));
    }

    private void writeLine(JsonWriter line) {
        for (LogOutput output : outputs) {
            try {
                output.write(line.getByteBuffer(), line.size());
            } catch (IOException e) {
                failure = e;
            }
        }
    }

    private void flush() {
        for (LogOutput output : outputs) {
            try {
                output.flush();
            } catch (IOException e) {
                failure = e;
            }
        }
    }

    /** @return the last write error, if writing ever failed */
    public IOException failure() {
        return failure;
    }

    /** Stops after writing every event already accepted, and closes the outputs. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
        while (drainOnce() > 0) {
            flush();
        }
        for (LogOutput output : outputs) {
            try {
                output.close();
            } catch (IOException e) {
                failure = e;
            }
        }
    }
}
