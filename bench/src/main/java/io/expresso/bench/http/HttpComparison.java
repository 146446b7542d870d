package io.expresso.bench.http;

import io.expresso.bench.load.LoadOptions;
import io.expresso.bench.load.LoadResult;
import io.expresso.bench.load.LoadRun;
import io.expresso.bench.load.RequestBodies;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One server's share of an HTTP run: closed-loop runs for its maximum throughput, then open-loop
 * runs at given shares of that maximum (the median of the closed-loop runs; by default 25%, 50% and
 * 75%, for an overload 1000%), each repeated. Writes every run's result to one JSON file:
 * {@code {"maxThroughput": X, "runs": [{"level": "closed" | "25" | ..., "result": {...}, "server": {...}}]}},
 * where {@code server} holds what a {@link ServerSampler} saw of the server process during that run
 * (only with {@code --server-pid}).
 *
 * <p>{@code HttpComparison --endpoint URL --machine-arn ARN --input-file F --out FILE
 * [--connections N] [--open-connections N] [--levels P,P,...|none] [--warmup S] [--duration S]
 * [--repetitions R] [--server-warmup S] [--server-pid PID] [--in-flight-limit N]}: {@code --connections} is the
 * closed-loop runs' (default 16), {@code --open-connections} the open-loop runs' (default the same);
 * {@code --in-flight-limit} is the server's admission limit, recorded as {@code serverInFlightLimit}
 * for the report.
 */
public final class HttpComparison {

    private static final Duration SAMPLE_INTERVAL = Duration.ofMillis(250);

    private HttpComparison() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String endpoint = null;
        String machineArn = null;
        Path input = null;
        Path out = null;
        int connections = 16;
        Integer openConnections = null;
        int[] levels = {25, 50, 75};
        long serverPid = -1;
        String inFlightLimit = null;
        double warmup = 2;
        double serverWarmup = 0;
        double duration = 10;
        int repetitions = 3;
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--endpoint": endpoint = value; break;
                case "--machine-arn": machineArn = value; break;
                case "--input-file": input = Path.of(value); break;
                case "--out": out = Path.of(value); break;
                case "--connections": connections = Integer.parseInt(value); break;
                case "--open-connections": openConnections = Integer.parseInt(value); break;
                case "--levels": levels = levels(value); break;
                case "--server-pid": serverPid = Long.parseLong(value); break;
                case "--in-flight-limit": inFlightLimit = Integer.toString(Integer.parseInt(value)); break;
                case "--warmup": warmup = Double.parseDouble(value); break;
                case "--server-warmup": serverWarmup = Double.parseDouble(value); break;
                case "--duration": duration = Double.parseDouble(value); break;
                case "--repetitions": repetitions = Integer.parseInt(value); break;
                default: throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (endpoint == null || machineArn == null || input == null || out == null) {
            throw new IllegalArgumentException("--endpoint, --machine-arn, --input-file and --out are needed");
        }
        LoadOptions.Builder options = LoadOptions.builder()
            .endpoint(URI.create(endpoint))
            .bodies(RequestBodies.startSyncExecution(machineArn, RequestBodies.singleInput(input)))
            .connections(connections)
            .warmup(Duration.ofMillis((long) (warmup * 1000)))
            .duration(Duration.ofMillis((long) (duration * 1000)));
        URI metrics = serverPid < 0 ? null : URI.create(endpoint).resolve("/metrics");
        Runs runs = new Runs(serverPid, metrics);
        if (serverWarmup > 0) {
            // A fresh server JVM compiles its request path for longer than one run's warm-up (over ten
            // seconds on one core): a closed-loop run whose figures are dropped brings it to speed first.
            LoadRun.run(options.rate(0).warmup(Duration.ZERO).duration(Duration.ofMillis((long) (serverWarmup * 1000)))
                .progress(false).build(), System.err);
            options.warmup(Duration.ofMillis((long) (warmup * 1000))).duration(Duration.ofMillis((long) (duration * 1000)));
        }
        double[] closed = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            closed[r] = runs.run(options.rate(0), "closed").throughput();
        }
        double max = median(closed);
        options.connections(openConnections != null ? openConnections : connections);
        for (int percent : levels) {
            for (int r = 0; r < repetitions; r++) {
                runs.run(options.rate(Math.max(1, max * percent / 100)), Integer.toString(percent));
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, "{\"maxThroughput\":" + max
            + (inFlightLimit == null ? "" : ",\"serverInFlightLimit\":" + inFlightLimit) + ",\"runs\":[" + String.join(",", runs.json) + "]}\n", StandardCharsets.UTF_8);
    }

    /** @return the shares of the maximum, in percent, of {@code 25,50,75}; none of {@code none} */
    private static int[] levels(String list) {
        return list.equals("none") ? new int[0] : Arrays.stream(list.split(",")).mapToInt(level -> Integer.parseInt(level.trim())).toArray();
    }

    /** The runs made so far, as JSON, each with what the sampler saw of the server while it ran. */
    private static final class Runs {

        final List<String> json = new ArrayList<>();
        private final long serverPid;
        private final URI metrics;

        Runs(long serverPid, URI metrics) {
            this.serverPid = serverPid;
            this.metrics = metrics;
        }

        LoadResult run(LoadOptions.Builder options, String level) throws InterruptedException {
            ServerSampler sampler = serverPid < 0 ? null : ServerSampler.start(serverPid, metrics, SAMPLE_INTERVAL);
            LoadResult result;
            try {
                result = LoadRun.run(options.progress(false).build(), System.err);
            } finally {
                if (sampler != null) {
                    sampler.close();
                }
            }
            System.out.println("[" + level + "] " + result.summary().replace("\n", "\n    ").stripTrailing());
            json.add("{\"level\":\"" + level + "\",\"result\":" + result.toJson()
                + (sampler == null ? "" : ",\"server\":" + sampler.toJson()) + "}");
            return result;
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
