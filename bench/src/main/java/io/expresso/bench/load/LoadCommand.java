package io.expresso.bench.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code expresso bench-load}: drives an endpoint with StartSyncExecution (or any operation) and
 * prints throughput, latency percentiles and errors by type. Exit status 0 when any request
 * succeeded, 1 when none did, 2 for wrong arguments.
 */
public final class LoadCommand {

    private static final String USAGE = String.join("\n",
        "usage: expresso bench-load --endpoint URL (--machine-arn ARN | --body-template FILE) [options]",
        "  --endpoint URL          http://host:port[/path] to post to",
        "  --machine-arn ARN       the state machine each StartSyncExecution starts",
        "  --rate R                open-loop: R requests per second on a fixed schedule; latency counts",
        "                          from when each request was due (corrected for coordinated omission)",
        "  --connections N         closed-loop: N connections sending as fast as answers come (default 16);",
        "                          with --rate, the connections the schedule is spread over (default 64)",
        "  --duration S            seconds measured (default 10)",
        "  --warmup S              seconds sent before measuring (default 2)",
        "  --input-file F          the execution input: F holds one JSON document (default {})",
        "  --input-lines F         the execution inputs: one JSON document per line of F, sent in turn",
        "  --target OP             X-Amz-Target (default AWSStepFunctions.StartSyncExecution)",
        "  --body-template F       the request body: F's text with ${input} (the input, as JSON string",
        "                          content) and ${machineArn} replaced",
        "  --drain-timeout S       seconds to wait after the window for answers still due (default 10)",
        "  --json FILE             also write the result as JSON to FILE",
        "  --quiet                 no progress line");

    private LoadCommand() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args));
    }

    /** @return the exit status */
    static int run(String[] args) throws IOException, InterruptedException {
        Parsed parsed;
        try {
            parsed = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench-load: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        if (parsed == null) {
            System.out.println(USAGE);
            return 0;
        }
        LoadResult result = LoadRun.run(parsed.options, System.err);
        System.out.print(result.summary());
        if (parsed.json != null) {
            Path parent = parsed.json.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(parsed.json, result.toJson() + "\n", StandardCharsets.UTF_8);
        }
        return result.succeeded() > 0 ? 0 : 1;
    }

    /** The options of a run and where its JSON goes. */
    private static final class Parsed {
        final LoadOptions options;
        final Path json;

        Parsed(LoadOptions options, Path json) {
            this.options = options;
            this.json = json;
        }
    }

    /** @return the parsed arguments, or {@code null} when help was asked for */
    private static Parsed parse(String[] args) throws IOException {
        LoadOptions.Builder builder = LoadOptions.builder();
        String machineArn = null;
        Path template = null;
        Path json = null;
        List<String> inputs = List.of("{}");
        Integer connections = null;
        double rate = 0;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                return null;
            }
            if (name.equals("--quiet")) {
                builder.progress(false);
                continue;
            }
            if (i + 1 == args.length) {
                throw new IllegalArgumentException(name.startsWith("--") ? name + " needs a value" : "unexpected argument '" + name + "'");
            }
            String value = args[++i];
            switch (name) {
                case "--endpoint": builder.endpoint(URI.create(value)); break;
                case "--machine-arn": machineArn = value; break;
                case "--target": builder.target(value); break;
                case "--body-template": template = Path.of(value); break;
                case "--rate": rate = number(name, value); break;
                case "--connections": connections = (int) number(name, value); break;
                case "--duration": builder.duration(seconds(name, value)); break;
                case "--warmup": builder.warmup(seconds(name, value)); break;
                case "--drain-timeout": builder.drainTimeout(seconds(name, value)); break;
                case "--input-file": inputs = RequestBodies.singleInput(Path.of(value)); break;
                case "--input-lines": inputs = RequestBodies.inputPerLine(Path.of(value)); break;
                case "--json": json = Path.of(value); break;
                default: throw new IllegalArgumentException("unknown option '" + name + "'");
            }
        }
        if (template != null) {
            builder.bodies(RequestBodies.fromTemplate(Files.readString(template, StandardCharsets.UTF_8), machineArn, inputs));
        } else if (machineArn != null) {
            builder.bodies(RequestBodies.startSyncExecution(machineArn, inputs));
        } else {
            throw new IllegalArgumentException("--machine-arn or --body-template is needed");
        }
        // An open-loop schedule needs spare connections to absorb a slow answer without queueing.
        builder.rate(rate).connections(connections != null ? connections : rate > 0 ? 64 : 16);
        return new Parsed(builder.build(), json);
    }

    private static double number(String name, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a number, got '" + value + "'");
        }
    }

    private static Duration seconds(String name, String value) {
        return Duration.ofNanos((long) (number(name, value) * 1e9));
    }
}
