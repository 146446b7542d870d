package io.expresso.bench.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Samples a server process while a load run drives it: its resident memory (Linux {@code /proc}),
 * its Java heap in use (the JDK's {@code jstat}, where there is one), and from Expresso's
 * {@code /metrics} the executions in flight and the starts refused by throttling. Runs on threads
 * of its own, so the load generator's loop never waits for it; a figure it cannot read is NaN.
 * Each sample holds the latest figures each source gave: jstat and /metrics answer in their own time.
 */
public final class ServerSampler implements AutoCloseable {

    private final long pid;
    private final URI metrics;
    private final long intervalNanos;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final List<Sample> samples = new ArrayList<>();
    private final long start = System.nanoTime();
    private final Thread sampling;
    private final Process jstat;
    /** The heap in use jstat printed last, in bytes; written by its reader thread only. */
    private volatile double heapUsedBytes = Double.NaN;
    /** The figures of the last /metrics answer; written by the HTTP client's completion only. */
    private volatile double inFlight = Double.NaN;
    private volatile double throttledTotal = Double.NaN;
    /** Whether a /metrics request is on its way; a busy server answers late, and requests must not pile up. */
    private final AtomicBoolean metricsPending = new AtomicBoolean();
    private volatile boolean running = true;

    private ServerSampler(long pid, URI metrics, Duration interval) {
        this.pid = pid;
        this.metrics = metrics;
        this.intervalNanos = interval.toNanos();
        this.jstat = startJstat(pid, interval);
        this.sampling = new Thread(this::sampleUntilClosed, "server-sampler");
        this.sampling.setDaemon(true);
        this.sampling.start();
    }

    /**
     * @param pid the server's process id
     * @param metrics the server's Prometheus endpoint, or {@code null} for a server without one
     * @param interval how often to sample
     */
    public static ServerSampler start(long pid, URI metrics, Duration interval) {
        return new ServerSampler(pid, metrics, interval);
    }

    /** Stops sampling; the samples are complete after this returns. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        sampling.interrupt();
        sampling.join(TimeUnit.SECONDS.toMillis(5));
        if (jstat != null) {
            jstat.destroy();
        }
    }

    /**
     * @return {@code {"samples":[{"seconds","rssBytes","heapUsedBytes","inFlight","throttledTotal"}]}},
     *     seconds counted from the sampler's start; figures not read are {@code null}
     */
    public synchronized String toJson() {
        StringBuilder json = new StringBuilder(64 + samples.size() * 96).append("{\"samples\":[");
        for (int i = 0; i < samples.size(); i++) {
            Sample sample = samples.get(i);
            json.append(i == 0 ? "" : ",")
                .append("{\"seconds\":").append(number(sample.seconds))
                .append(",\"rssBytes\":").append(number(sample.rssBytes))
                .append(",\"heapUsedBytes\":").append(number(sample.heapUsedBytes))
                .append(",\"inFlight\":").append(number(sample.inFlight))
                .append(",\"throttledTotal\":").append(number(sample.throttledTotal))
                .append('}');
        }
        return json.append("]}").toString();
    }

    private void sampleUntilClosed() {
        long next = System.nanoTime();
        while (running) {
            askMetrics();
            Sample sample = new Sample((System.nanoTime() - start) / 1e9, readRss(), heapUsedBytes, inFlight, throttledTotal);
            synchronized (this) {
                samples.add(sample);
            }
            next += intervalNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private double readRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmRSS:")) {
                    return Double.parseDouble(line.substring(6).replace("kB", "").trim()) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux, or the process is gone: the figure is unknown.
        }
        return Double.NaN;
    }

    /**
     * Asks /metrics for the executions in flight and the throttled starts, unless the last question is
     * still unanswered: a server busy with the load answers late, and the samples keep their pace,
     * each with the figures of the last answer.
     */
    private void askMetrics() {
        if (metrics == null || !metricsPending.compareAndSet(false, true)) {
            return;
        }
        http.sendAsync(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString())
            .whenComplete((response, failure) -> {
                if (failure == null && response.statusCode() == 200) {
                    double[] figures = PrometheusFigures.inFlightAndThrottled(response.body());
                    inFlight = figures[0];
                    throttledTotal = figures[1];
                }
                metricsPending.set(false);
            });
    }

    /** Starts {@code jstat -gc PID INTERVAL} and a thread that keeps the heap in use from its lines; {@code null} without jstat. */
    private Process startJstat(long pid, Duration interval) {
        Path jstatBinary = Path.of(System.getProperty("java.home"), "bin", "jstat");
        if (!Files.isExecutable(jstatBinary)) {
            return null;
        }
        try {
            Process process = new ProcessBuilder(jstatBinary.toString(), "-gc", Long.toString(pid), interval.toMillis() + "ms")
                .redirectErrorStream(true).start();
            Thread reader = new Thread(() -> readJstat(process), "server-sampler-jstat");
            reader.setDaemon(true);
            reader.start();
            return process;
        } catch (IOException e) {
            return null;
        }
    }

    private void readJstat(Process process) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
            JstatColumns columns = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.trim().split("\\s+");
                if (columns == null) {
                    columns = JstatColumns.of(fields);
                } else {
                    heapUsedBytes = columns.heapUsedBytes(fields);
                }
            }
        } catch (IOException e) {
            // jstat ended with the sampler or the server.
        }
    }

    private static String number(double value) {
        if (!Double.isFinite(value)) {
            return "null";
        }
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.3f", value);
    }

    private record Sample(double seconds, double rssBytes, double heapUsedBytes, double inFlight, double throttledTotal) {
    }
}
