package io.expresso.bench.load;

import io.expresso.codec.json.JsonSerializer;
import io.expresso.codec.json.JsonString;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The figures of one load run's measured window: requests, successes, errors by type, throughput
 * and the latency distribution of the successful requests. Latency runs from the time a request was
 * due (open-loop: its place in the schedule; closed-loop: its send) to its complete response.
 */
public final class LoadResult {

    /** The percentiles the summary and the JSON give, as HdrHistogram takes them. */
    private static final double[] PERCENTILES = {50, 90, 99, 99.9};
    private static final String[] PERCENTILE_NAMES = {"p50", "p90", "p99", "p99.9"};
    /** The points of the latency curve the JSON gives for plots: dense towards the tail, where runs differ. */
    private static final double[] CURVE_PERCENTILES = {10, 25, 50, 75, 90, 95, 98, 99, 99.5, 99.9, 99.95, 99.99};

    private final LoadOptions options;
    private final long sent;
    private final long completed;
    private final long succeeded;
    private final Map<String, Long> errors;
    private final Histogram latencyNanos;

    LoadResult(LoadOptions options, long sent, long completed, long succeeded, Map<String, Long> errors, Histogram latencyNanos) {
        this.options = options;
        this.sent = sent;
        this.completed = completed;
        this.succeeded = succeeded;
        this.errors = new TreeMap<>(errors);
        this.latencyNanos = latencyNanos;
    }

    /** @return the requests due in the measured window */
    public long requests() {
        return sent;
    }

    /** @return the measured requests answered, with any status */
    public long completed() {
        return completed;
    }

    /** @return the measured requests answered with success */
    public long succeeded() {
        return succeeded;
    }

    /** @return every error of the measured window (and every connect error of the run) by type */
    public Map<String, Long> errors() {
        return errors;
    }

    /** @return all errors counted */
    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** @return successful requests per second of the measured window */
    public double throughput() {
        return succeeded / seconds(options.duration().toNanos());
    }

    /** @return the latency at {@code percentile} (0 to 100) in microseconds; 0 when nothing succeeded */
    public double latencyMicros(double percentile) {
        return latencyNanos.getValueAtPercentile(percentile) / 1_000.0;
    }

    public double maxLatencyMicros() {
        return latencyNanos.getMaxValue() / 1_000.0;
    }

    /** @return the lines printed at the end of a run */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s %s, %s, %d connections, %.1f s measured after %.1f s warm-up%n",
            options.target(), options.endpoint(), mode(), options.connections(),
            seconds(options.duration().toNanos()), seconds(options.warmup().toNanos())));
        out.append(String.format(Locale.ROOT, "requests %d  completed %d  succeeded %d  errors %d%n", sent, completed, succeeded,
            errorCount()));
        out.append(String.format(Locale.ROOT, "throughput %.1f/s%n", throughput()));
        out.append("latency");
        for (int i = 0; i < PERCENTILES.length; i++) {
            out.append(String.format(Locale.ROOT, "  %s %s", PERCENTILE_NAMES[i], micros(latencyMicros(PERCENTILES[i]))));
        }
        out.append("  max ").append(micros(maxLatencyMicros())).append('\n');
        errors.forEach((type, count) -> out.append(String.format(Locale.ROOT, "error %-40s %d%n", type, count)));
        return out.toString();
    }

    /** @return the result as one JSON object, latencies in microseconds */
    public String toJson() {
        StringBuilder json = new StringBuilder(512);
        json.append("{\"endpoint\":").append(quote(options.endpoint().toString()))
            .append(",\"target\":").append(quote(options.target()))
            .append(",\"mode\":").append(quote(options.openLoop() ? "open" : "closed"))
            .append(",\"connections\":").append(options.connections())
            .append(",\"rate\":").append(number(options.rate()))
            .append(",\"warmupSeconds\":").append(number(seconds(options.warmup().toNanos())))
            .append(",\"durationSeconds\":").append(number(seconds(options.duration().toNanos())))
            .append(",\"requests\":").append(sent)
            .append(",\"completed\":").append(completed)
            .append(",\"succeeded\":").append(succeeded)
            .append(",\"errors\":").append(errorCount())
            .append(",\"throughput\":").append(number(throughput()))
            .append(",\"latencyMicros\":{");
        for (int i = 0; i < PERCENTILES.length; i++) {
            json.append(quote(PERCENTILE_NAMES[i])).append(':').append(number(latencyMicros(PERCENTILES[i]))).append(',');
        }
        json.append("\"max\":").append(number(maxLatencyMicros()))
            .append(",\"mean\":").append(number(latencyNanos.getMean() / 1_000.0))
            .append("},\"latencyCurveMicros\":{");
        for (int i = 0; i < CURVE_PERCENTILES.length; i++) {
            json.append(i == 0 ? "" : ",").append(quote(curveKey(CURVE_PERCENTILES[i]))).append(':')
                .append(number(latencyMicros(CURVE_PERCENTILES[i])));
        }
        json.append("},\"errorsByType\":{");
        String separator = "";
        for (Map.Entry<String, Long> error : errors.entrySet()) {
            json.append(separator).append(quote(error.getKey())).append(':').append(error.getValue());
            separator = ",";
        }
        return json.append("}}").toString();
    }

    /** @return a percentile as a JSON member name: {@code 50}, {@code 99.9} */
    private static String curveKey(double percentile) {
        return percentile == Math.rint(percentile) ? Long.toString((long) percentile) : Double.toString(percentile);
    }

    private String mode() {
        return options.openLoop() ? String.format(Locale.ROOT, "open-loop at %.0f/s", options.rate()) : "closed-loop";
    }

    private static String micros(double micros) {
        return micros >= 1_000 ? String.format(Locale.ROOT, "%.2f ms", micros / 1_000) : String.format(Locale.ROOT, "%.0f µs", micros);
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "null";
    }

    private static String quote(String text) {
        return JsonSerializer.toCompactString(JsonString.of(text));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
