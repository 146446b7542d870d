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
 * One server's share of the HTTP comparison: closed-loop runs for its maximum throughput, then
 * open-loop runs at 25%, 50% and 75% of that maximum (the median of the closed-loop runs), each
 * repeated, all with the same connection count. Writes every run's result to one JSON file:
 * {@code {"maxThroughput": X, "runs": [{"level": "closed" | "25" | "50" | "75", "result": {...}}]}}.
 *
 * <p>{@code HttpComparison --endpoint URL --machine-arn ARN --input-file F --out FILE
 * [--connections N] [--warmup S] [--duration S] [--repetitions R]}
 */
public final class HttpComparison {

    private static final int[] LOAD_PERCENTS = {25, 50, 75};

    private HttpComparison() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String endpoint = null;
        String machineArn = null;
        Path input = null;
        Path out = null;
        int connections = 16;
        double warmup = 2;
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
                case "--warmup": warmup = Double.parseDouble(value); break;
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
        List<String> runs = new ArrayList<>();
        double[] closed = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            closed[r] = run(options.rate(0), "closed", runs).throughput();
        }
        double max = median(closed);
        for (int percent : LOAD_PERCENTS) {
            for (int r = 0; r < repetitions; r++) {
                run(options.rate(Math.max(1, max * percent / 100)), Integer.toString(percent), runs);
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, "{\"maxThroughput\":" + max + ",\"runs\":[" + String.join(",", runs) + "]}\n", StandardCharsets.UTF_8);
    }

    private static LoadResult run(LoadOptions.Builder options, String level, List<String> runs) throws InterruptedException {
        LoadResult result = LoadRun.run(options.progress(false).build(), System.err);
        System.out.println("[" + level + "] " + result.summary().replace("\n", "\n    ").stripTrailing());
        runs.add("{\"level\":\"" + level + "\",\"result\":" + result.toJson() + "}");
        return result;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
