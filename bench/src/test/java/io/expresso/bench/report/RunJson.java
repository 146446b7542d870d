package io.expresso.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds the JSON of one run as {@code HttpComparison} writes it, for report tests. */
final class RunJson {

    private final String level;
    private final List<String> samples = new ArrayList<>();
    private double rate;
    private double throughput = 1000;
    private int connections = 16;
    private double p50 = 20_000;
    private double p99 = 40_000;
    private String errors = "";

    private RunJson(String level) {
        this.level = level;
    }

    static RunJson at(String level) {
        return new RunJson(level);
    }

    RunJson rate(double perSecond) {
        this.rate = perSecond;
        return this;
    }

    RunJson throughput(double perSecond) {
        this.throughput = perSecond;
        return this;
    }

    RunJson connections(int count) {
        this.connections = count;
        return this;
    }

    RunJson latency(double p50Micros, double p99Micros) {
        this.p50 = p50Micros;
        this.p99 = p99Micros;
        return this;
    }

    /** @param errors the members of {@code errorsByType}, e.g. {@code "\"400 x#ThrottlingException\":7"} */
    RunJson errors(String errors) {
        this.errors = errors;
        return this;
    }

    /** Adds a server sample; the run has 1 s of warm-up, then 2 s measured. */
    RunJson sample(double seconds, double rssMebibytes, double heapMebibytes, double inFlight) {
        samples.add(String.format(Locale.ROOT, "{\"seconds\":%s,\"rssBytes\":%s,\"heapUsedBytes\":%s,\"inFlight\":%s,\"throttledTotal\":null}",
            seconds, rssMebibytes * 1024 * 1024, heapMebibytes * 1024 * 1024, inFlight));
        return this;
    }

    String json() {
        String result = String.format(Locale.ROOT, "{\"mode\":\"%s\",\"connections\":%d,\"rate\":%s,\"warmupSeconds\":1,\"durationSeconds\":2,"
                + "\"throughput\":%s,\"latencyMicros\":{\"p50\":%s,\"p90\":%s,\"p99\":%s,\"p99.9\":%s,\"max\":%s,\"mean\":%s},"
                + "\"latencyCurveMicros\":{\"50\":%s,\"90\":%s,\"99\":%s,\"99.9\":%s},\"errorsByType\":{%s}}",
            rate > 0 ? "open" : "closed", connections, rate, throughput, p50, p50 * 1.5, p99, p99 * 1.2, p99 * 1.3, p50 * 1.1,
            p50, p50 * 1.5, p99, p99 * 1.2, errors);
        return "{\"level\":\"" + level + "\",\"result\":" + result
            + (samples.isEmpty() ? "" : ",\"server\":{\"samples\":[" + String.join(",", samples) + "]}") + "}";
    }

    /** @return the file's text: {@code maxThroughput}, the limit when given, and the runs */
    static String file(double inFlightLimit, RunJson... runs) {
        List<String> texts = new ArrayList<>();
        for (RunJson run : runs) {
            texts.add(run.json());
        }
        return "{\"maxThroughput\":1000" + (Double.isNaN(inFlightLimit) ? "" : ",\"serverInFlightLimit\":" + (long) inFlightLimit)
            + ",\"runs\":[" + String.join(",", texts) + "]}";
    }
}
