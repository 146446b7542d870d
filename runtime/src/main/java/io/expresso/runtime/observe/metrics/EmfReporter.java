package io.expresso.runtime.observe.metrics;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Every interval, ends the registry's open interval and writes its EMF lines ({@link EmfLines})
 * to a sink, on a thread of its own so that no event loop formats or writes metrics. Reports are
 * aligned to multiples of the interval on the wall clock (with 60 s, at each full minute) so a
 * line's data points fall in the CloudWatch minute of its timestamp. An interval with no
 * activity writes nothing.
 *
 * <pre>{@code
 * try (EmfReporter reporter = EmfReporter.start(registry, Duration.ofSeconds(60), logDestination::write)) {
 *     …
 * }   // close() writes the last, partial interval
 * }</pre>
 */
public final class EmfReporter implements AutoCloseable {

    private final MetricsRegistry registry;
    private final Consumer<String> sink;
    private final ScheduledExecutorService thread;

    private EmfReporter(MetricsRegistry registry, Consumer<String> sink) {
        this.registry = registry;
        this.sink = sink;
        this.thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread reporter = new Thread(task, "expresso-emf-reporter");
            reporter.setDaemon(true);
            return reporter;
        });
    }

    /**
     * Starts reporting.
     *
     * @param interval at least one second
     * @param sink receives one EMF line (a JSON object, no line terminator) per call, on the reporter's thread
     */
    public static EmfReporter start(MetricsRegistry registry, Duration interval, Consumer<String> sink) {
        long period = interval.toMillis();
        if (period < 1000) {
            throw new IllegalArgumentException("the EMF interval must be at least one second, was " + interval);
        }
        EmfReporter reporter = new EmfReporter(registry, sink);
        long firstDelay = period - System.currentTimeMillis() % period;
        reporter.thread.scheduleAtFixedRate(reporter::reportQuietly, firstDelay, period, TimeUnit.MILLISECONDS);
        return reporter;
    }

    /** Ends the open interval now and writes its lines. */
    public void report() {
        for (String line : EmfLines.of(registry.endInterval())) {
            sink.accept(line);
        }
    }

    /** A failing sink must not cancel the schedule (an exception would end every later report). */
    private void reportQuietly() {
        try {
            report();
        } catch (RuntimeException failure) {
            System.err.println("expresso: could not write EMF metrics: " + failure);
        }
    }

    /** Stops the schedule, then writes the last, partial interval. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reportQuietly();
    }
}
