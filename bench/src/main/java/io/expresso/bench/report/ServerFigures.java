package io.expresso.bench.report;

import io.expresso.codec.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What {@code io.expresso.bench.http.ServerSampler} saw of a server during one load run: its
 * samples, and the figures the reports take from the run's measured window (after the warm-up,
 * before the drain). A figure without samples is NaN.
 */
final class ServerFigures {

    /** Growth of resident memory from the first half of the measured window to the second that still counts as bounded. */
    static final double BOUNDED_GROWTH = 1.05;

    private final List<Sample> samples;
    private final double windowStart;
    private final double windowEnd;

    private ServerFigures(List<Sample> samples, double windowStart, double windowEnd) {
        this.samples = samples;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
    }

    /** @param run a run as {@link HttpRuns#runs} gives it: its {@code result}, and {@code server} when sampled */
    static ServerFigures of(JsonObject run) {
        JsonObject result = (JsonObject) run.get("result");
        double warmup = LoadFigures.number(result, "warmupSeconds");
        double duration = LoadFigures.number(result, "durationSeconds");
        List<Sample> samples = new ArrayList<>();
        for (JsonObject sample : LoadFigures.objects(run.get("server"), "samples")) {
            samples.add(new Sample(LoadFigures.number(sample, "seconds"), LoadFigures.number(sample, "rssBytes"),
                LoadFigures.number(sample, "heapUsedBytes"), LoadFigures.number(sample, "inFlight"),
                LoadFigures.number(sample, "throttledTotal")));
        }
        return new ServerFigures(samples, warmup, warmup + duration);
    }

    List<Sample> samples() {
        return samples;
    }

    /** @return when the measured window began, in seconds since the run started */
    double windowStart() {
        return windowStart;
    }

    double peakRssBytes() {
        return peak(Sample::rssBytes, windowStart, windowEnd);
    }

    double peakHeapUsedBytes() {
        return peak(Sample::heapUsedBytes, windowStart, windowEnd);
    }

    double peakInFlight() {
        return peak(Sample::inFlight, windowStart, windowEnd);
    }

    /**
     * @return the peak resident memory of the measured window's second half over its first half's:
     *     about 1 for a server whose memory stays bounded, above for one that keeps growing
     */
    double rssGrowth() {
        double middle = (windowStart + windowEnd) / 2;
        return peak(Sample::rssBytes, middle, windowEnd) / peak(Sample::rssBytes, windowStart, middle);
    }

    /** @return the starts the server itself counted as throttled during the whole run, warm-up included */
    double throttledByServer() {
        double first = Double.NaN;
        double last = Double.NaN;
        for (Sample sample : samples) {
            if (Double.isFinite(sample.throttledTotal())) {
                first = Double.isNaN(first) ? sample.throttledTotal() : first;
                last = sample.throttledTotal();
            }
        }
        return last - first;
    }

    private double peak(ToDoubleFunction<Sample> figure, double from, double to) {
        double peak = Double.NaN;
        for (Sample sample : samples) {
            double value = figure.applyAsDouble(sample);
            if (sample.seconds() >= from && sample.seconds() <= to && Double.isFinite(value)) {
                peak = Double.isNaN(peak) ? value : Math.max(peak, value);
            }
        }
        return peak;
    }

    /** One sample: seconds since the run started, then each figure, NaN where not read. */
    record Sample(double seconds, double rssBytes, double heapUsedBytes, double inFlight, double throttledTotal) {
    }
}
