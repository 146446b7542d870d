package io.expresso.http.cli;

import io.expresso.http.ExpressoServer;
import io.expresso.http.ServerConfig;
import io.expresso.runtime.RuntimeConfig;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code expresso serve}: the Step Functions API on a port, until interrupted. */
final class ServeCommand {

    static final String USAGE = """
            usage: expresso serve [--host HOST] [--port PORT] [--definitions DIR] [--time-scale X] [--strict]

            Serves the Step Functions API (AWS JSON 1.0) over HTTP until interrupted.
              --host HOST        address to bind (default 127.0.0.1)
              --port PORT        port to bind (default 8083; 0 picks a free one)
              --definitions DIR  deploy every DIR/<name>.asl.json as the EXPRESS machine <name>
                                 (default: the bundled examples folder)
              --time-scale X     multiply every Wait, retry interval and timeout by X (default 1)
              --strict           refuse STANDARD machines as an Express-only service would
            """;

    private ServeCommand() {
    }

    /** @param examples the folder served when {@code --definitions} is not given, or {@code null} */
    static int run(Arguments arguments, Path examples) throws InterruptedException {
        ServerConfig config = new ServerConfig();
        RuntimeConfig runtime = new RuntimeConfig().allowUnboundResources(true);
        boolean definitionsGiven = false;
        while (arguments.hasNext()) {
            String option = arguments.next();
            switch (option) {
                case "--host" -> config.host(arguments.value(option));
                case "--port" -> config.port(arguments.wholeNumber(option));
                case "--definitions" -> {
                    config.definitions(folder(arguments.value(option)));
                    definitionsGiven = true;
                }
                case "--time-scale" -> runtime.timeScale(arguments.number(option));
                case "--strict" -> config.strict(true);
                default -> throw new UsageException("unknown option " + option);
            }
        }
        if (!definitionsGiven && examples != null && Files.isDirectory(examples)) {
            config.definitions(examples);
        }
        ExpressoServer server;
        try {
            server = ExpressoServer.start(config.runtime(runtime));
        } catch (IllegalArgumentException bad) {
            throw new UsageException(bad.getMessage());
        }
        server.printStartup(System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "expresso-shutdown"));
        server.awaitClose();
        return 0;
    }

    private static Path folder(String name) {
        Path folder = Path.of(name);
        if (!Files.isDirectory(folder)) {
            throw new UsageException("--definitions: not a folder: " + name);
        }
        return folder;
    }
}
