package io.expresso.http.cli;

import io.expresso.http.BindFailedException;
import io.expresso.http.ExpressoServer;
import io.expresso.http.ServerConfig;
import io.expresso.runtime.RuntimeConfig;
import io.expresso.runtime.observe.LogLevel;
import io.expresso.runtime.observe.LoggingConfiguration;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** {@code expresso serve}: the Step Functions API on a port, until interrupted. */
final class ServeCommand {

    static final String USAGE = """
            usage: expresso serve [--host HOST] [--port PORT] [--definitions DIR] [--time-scale X] [--strict]
                                  [--log-file PATH] [--log-stdout] [--log-level LEVEL] [--log-data]
                                  [--metrics-interval SECONDS] [--mock-config FILE]
                                  [--lambda-endpoint URL] [--lambda-config FILE] [--http-connections FILE]
                                  [--max-in-flight N] [--max-connections N] [--max-pipelined N]
                                  [--max-header-bytes N] [--header-timeout SECONDS] [--body-timeout SECONDS]
                                  [--idle-timeout SECONDS] [--drain-seconds SECONDS]

            Serves the Step Functions API (AWS JSON 1.0) over HTTP until interrupted. On SIGTERM (or
            Ctrl-C) it closes the listening socket at once, lets running executions end for up to
            --drain-seconds, then aborts the rest: each ends ABORTED with error States.Aborted, an
            ExecutionAborted event is logged, and a StartSyncExecution caller still waiting is
            answered with that result (status FAILED, error States.Aborted). The process exits
            within the drain plus 2 seconds, with status 143 as any process ended by SIGTERM.
            If the port is taken, serve exits at once with status 1.
              --host HOST        address to bind (default 127.0.0.1)
              --port PORT        port to bind (default 8083; 0 picks a free one)
              --definitions DIR  deploy every DIR/<name>.asl.json as the EXPRESS machine <name>
                                 (default: the bundled examples folder)
              --time-scale X     multiply every Wait, retry interval and timeout by X (default 1)
              --strict           refuse STANDARD machines as an Express-only service would
              --log-file PATH    append execution log records (CloudWatch log events, JSON lines) to PATH
              --log-stdout       write the same lines to standard output
              --log-level LEVEL  ALL, ERROR, FATAL or OFF for machines created without a
                                 loggingConfiguration (default OFF, as on AWS)
              --log-data         with --log-level: include execution data (inputs and outputs)
              --metrics-interval SECONDS
                                 write aggregated CloudWatch EMF metric lines to the log outputs
                                 this often (default 60); /metrics always serves Prometheus text
              --mock-config FILE a Step Functions Local MockConfigFile; start an execution on
                                 MACHINE_ARN#TestCase to run that test case's mocked responses
                                 (default: the file named by SFN_MOCK_CONFIG, if set)
              --http-connections FILE
                                 credentials for HTTP Tasks (arn:aws:states:::http:invoke): a JSON file
                                 mapping each EventBridge ConnectionArn to its AuthorizationType and
                                 AuthParameters; an unmapped ConnectionArn sends no credentials
              --max-in-flight N  executions that may run at once (default 100000); a start beyond
                                 it is answered at once with ThrottlingException
              --max-connections N
                                 connections open at once (default 0, no limit); a connection
                                 beyond it is closed as soon as it is accepted, without a reply
              --max-pipelined N  requests of one connection read and not yet answered (default 16);
                                 at the cap the server stops reading that connection until replies
                                 leave; replies always leave in the order of the requests
              --max-header-bytes N
                                 the largest request line plus headers (default 16384); a larger
                                 head is answered 400 and the connection closed
              --header-timeout SECONDS
                                 a request head must arrive complete this soon after the connection
                                 opens or its first byte arrives (default 10)
              --body-timeout SECONDS
                                 a request body must arrive complete this soon after its head (default 30)
              --idle-timeout SECONDS
                                 close a kept-alive connection with every request answered after this
                                 long without a new request (default 75)
                                 A connection that misses a timeout is closed without a reply; 0 turns
                                 a timeout off.
              --drain-seconds SECONDS
                                 on SIGTERM, how long running executions may go on before they are
                                 aborted (default 5)
            """ + LambdaOptions.USAGE;

    /** The status of a JVM ended by SIGTERM: 128 + 15. */
    private static final int SIGTERM_STATUS = 143;
    private static final long WATCHDOG_GRACE_MILLIS = 1_900;

    private ServeCommand() {
    }

    /** @param examples the folder served when {@code --definitions} is not given, or {@code null} */
    static int run(Arguments arguments, Path examples) throws InterruptedException {
        ServerConfig config = configure(arguments, examples);
        ExpressoServer server;
        try {
            server = ExpressoServer.start(config);
        } catch (IllegalArgumentException bad) {
            // A mock config, Lambda config or connections file the runtime refused, with its place.
            throw new CommandFailure(2, bad.getMessage());
        } catch (BindFailedException unbound) {
            System.err.println("expresso serve: " + (unbound.addressInUse()
                    ? unbound.address() + " is already in use; stop the other server or pass --port"
                    : unbound.getMessage() + "; pass another --host or --port"));
            return 1;
        }
        server.printStartup(System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, config.drain()), "expresso-shutdown"));
        server.awaitClose();
        return 0;
    }

    /**
     * The shutdown hook. The server's shutdown is bounded, yet an exit must not hang on it: a
     * watchdog halts the process if the drain plus two seconds pass first.
     */
    private static void stop(ExpressoServer server, Duration drain) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(drain.toMillis() + WATCHDOG_GRACE_MILLIS);
            } catch (InterruptedException stopped) {
                return;
            }
            System.err.println("expresso serve: the shutdown did not finish in time; exiting now");
            Runtime.getRuntime().halt(SIGTERM_STATUS);
        }, "expresso-shutdown-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        System.err.println("expresso serve: stopping; running executions have " + drain.toSeconds() + " s to end");
        try {
            boolean drained = server.shutdown(drain);
            System.err.println(drained ? "expresso serve: stopped; every execution ended"
                    : "expresso serve: stopped; executions still running after the drain were aborted");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        watchdog.interrupt();
    }

    /** @return the server's configuration as the options say */
    static ServerConfig configure(Arguments arguments, Path examples) {
        ServerConfig config = new ServerConfig();
        RuntimeConfig runtime = new RuntimeConfig().allowUnboundResources(true);
        String mockConfigVariable = System.getenv("SFN_MOCK_CONFIG");
        if (mockConfigVariable != null && !mockConfigVariable.isBlank()) {
            runtime.mockConfig(Path.of(mockConfigVariable));
        }
        boolean definitionsGiven = false;
        LogLevel defaultLevel = LogLevel.OFF;
        boolean defaultData = false;
        while (arguments.hasNext()) {
            String option = arguments.next();
            switch (option) {
                case "--host" -> config.host(host(arguments.value(option)));
                case "--port" -> config.port(arguments.wholeNumber(option));
                case "--definitions" -> {
                    config.definitions(folder(arguments.value(option)));
                    definitionsGiven = true;
                }
                case "--time-scale" -> runtime.timeScale(arguments.number(option));
                case "--strict" -> config.strict(true);
                case "--log-file" -> runtime.logFile(Path.of(arguments.value(option)));
                case "--log-stdout" -> runtime.logToStdout(true);
                case "--log-level" -> defaultLevel = level(arguments.value(option));
                case "--log-data" -> defaultData = true;
                case "--mock-config" -> runtime.mockConfig(Path.of(arguments.value(option)));
                case "--http-connections" -> runtime.httpConnections(Path.of(arguments.value(option)));
                case "--max-in-flight" -> runtime.maxInFlight(arguments.wholeNumber(option));
                case "--max-connections" -> config.maxConnections(arguments.wholeNumber(option));
                case "--max-pipelined" -> config.maxPipelined(arguments.wholeNumber(option));
                case "--max-header-bytes" -> config.maxHeaderBytes(arguments.wholeNumber(option));
                case "--header-timeout" -> config.headerTimeout(arguments.seconds(option));
                case "--body-timeout" -> config.bodyTimeout(arguments.seconds(option));
                case "--idle-timeout" -> config.idleTimeout(arguments.seconds(option));
                case "--drain-seconds" -> config.drain(arguments.seconds(option));
                case "--metrics-interval" -> runtime.emfInterval(Duration.ofSeconds(arguments.wholeNumber(option)));
                default -> {
                    if (!LambdaOptions.apply(option, arguments, runtime)) {
                        throw new UsageException("unknown option " + option);
                    }
                }
            }
        }
        runtime.defaultLogging(new LoggingConfiguration(defaultLevel, defaultData));
        if (!definitionsGiven && examples != null && Files.isDirectory(examples)) {
            config.definitions(examples);
        }
        return config.runtime(runtime);
    }

    /**
     * Resolves the host here, where the reason can be told: the server's bind would fail on a name
     * that does not resolve with an exception that has no message.
     */
    private static String host(String name) {
        try {
            InetAddress.getByName(name);
            return name;
        } catch (UnknownHostException unknown) {
            throw new CommandFailure(2, "--host " + name + " is neither an IP address nor a name this machine resolves");
        }
    }

    private static LogLevel level(String name) {
        try {
            return LogLevel.of(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--log-level must be ALL, ERROR, FATAL or OFF, got " + name);
        }
    }

    private static Path folder(String name) {
        Path folder = Path.of(name);
        if (!Files.isDirectory(folder)) {
            throw new CommandFailure(2, "--definitions: not a folder: " + name);
        }
        return folder;
    }
}
