package io.expresso.http.cli;

import java.nio.file.Path;

/**
 * The {@code expresso} command's entry point: {@code serve}, {@code run}, {@code validate}. The
 * launcher script runs {@code bench-load} itself, from the bench module's jar; it is listed here so
 * that one help text names every command.
 * The {@code expresso} script at the repository root runs it with the module jars on the class
 * path and the bundled examples folder in the system property {@value #EXAMPLES_PROPERTY}.
 */
public final class ExpressoCommand {

    /** The folder {@code serve} deploys when not given {@code --definitions}. */
    public static final String EXAMPLES_PROPERTY = "expresso.examples";

    private static final String USAGE = """
            usage: expresso <command> [options]

            commands:
              serve      serve the Step Functions API over HTTP (default http://127.0.0.1:8083)
              run        run one execution of a definition file in-process
              validate   check a definition file as ValidateStateMachineDefinition does
              bench-load drive a Step Functions endpoint with StartSyncExecution load and report
                         throughput and latency percentiles (built from bench/ on first use)

            'expresso <command> --help' describes each command.
            """;

    private ExpressoCommand() {
    }

    /**
     * Runs the command and exits with its status. Whatever it throws still ends the process: a
     * server that failed to start must not linger on its event loops' threads.
     */
    public static void main(String[] args) {
        int status;
        try {
            status = run(args);
        } catch (Throwable failure) {
            System.err.println("expresso: " + failure);
            status = 1;
        }
        System.exit(status);
    }

    /** @return the exit status; what the command says goes to standard output and error */
    static int run(String[] args) throws InterruptedException {
        if (args.length == 0 || isHelp(args[0])) {
            (args.length == 0 ? System.err : System.out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String command = args[0];
        String usage = switch (command) {
            case "serve" -> ServeCommand.USAGE;
            case "run" -> RunCommand.USAGE;
            case "validate" -> ValidateCommand.USAGE;
            default -> null;
        };
        if (command.equals("bench-load")) {
            System.err.println("expresso: bench-load runs from the bench module's jar; start it with ./expresso bench-load");
            return 2;
        }
        if (usage == null) {
            System.err.println("expresso: unknown command '" + command + "'");
            System.err.print(USAGE);
            return 2;
        }
        if (args.length > 1 && isHelp(args[1])) {
            System.out.print(usage);
            return 0;
        }
        Arguments arguments = new Arguments(args, 1);
        try {
            return switch (command) {
                case "serve" -> ServeCommand.run(arguments, examples());
                case "run" -> RunCommand.run(arguments);
                default -> ValidateCommand.run(arguments);
            };
        } catch (UsageException wrong) {
            System.err.println("expresso " + command + ": " + wrong.getMessage());
            System.err.print(usage);
            return 2;
        } catch (CommandFailure failed) {
            System.err.println("expresso " + command + ": " + failed.getMessage());
            return failed.status();
        }
    }

    private static boolean isHelp(String word) {
        return word.equals("--help") || word.equals("-h") || word.equals("help");
    }

    private static Path examples() {
        String folder = System.getProperty(EXAMPLES_PROPERTY);
        return folder == null ? null : Path.of(folder);
    }
}
