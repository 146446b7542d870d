package io.expresso.http.cli;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonParseException;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.ExecutionStatus;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.RuntimeConfig;
import io.expresso.runtime.StateMachine;
import io.expresso.runtime.asl.DefinitionParser;
import io.expresso.runtime.asl.DefinitionResult;
import io.expresso.runtime.asl.Diagnostic;
import io.expresso.runtime.exec.MockTestCase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletionException;

/** {@code expresso run}: one execution in this process, its output on standard output. */
final class RunCommand {

    static final String USAGE = """
            usage: expresso run FILE.asl.json [--input JSON | --input-file FILE] [--time-scale X]
                                [--mock-config FILE --test-case NAME]
                                [--lambda-endpoint URL] [--lambda-config FILE]

            Runs one execution of the definition in this process and prints its output JSON.
            The machine is named after the file (FILE without .asl.json). Task states have no
            handlers here: they fail with States.TaskFailed unless caught, mocked by the test
            case, or Lambda tasks served by a Lambda endpoint.
            Exit status: 0 SUCCEEDED; 1 FAILED or TIMED_OUT (error and cause on stderr);
            2 invalid definition (every diagnostic on stderr), unreadable file or invalid input.
              --input JSON       the execution's input (default {})
              --input-file FILE  read the input from FILE instead
              --time-scale X     multiply every Wait, retry interval and timeout by X (default 1;
                                 0.01 makes a Wait of 100 s last 1 s)
              --mock-config FILE a Step Functions Local MockConfigFile
              --test-case NAME   run that test case of the file's state machine named as the
                                 definition: each Task it lists returns its mocked response
                                 (needs --mock-config)
            """ + LambdaOptions.USAGE;

    private RunCommand() {
    }

    static int run(Arguments arguments) throws InterruptedException {
        String file = null;
        String input = null;
        String testCase = null;
        boolean mocked = false;
        RuntimeConfig config = new RuntimeConfig().eventLoops(1).allowUnboundResources(true);
        while (arguments.hasNext()) {
            String word = arguments.next();
            switch (word) {
                case "--input" -> input = onlyOne(input, arguments.value(word));
                case "--input-file" -> input = onlyOne(input, DefinitionFile.read(arguments.value(word)));
                case "--time-scale" -> config.timeScale(arguments.number(word));
                case "--mock-config" -> {
                    config.mockConfig(Path.of(arguments.value(word)));
                    mocked = true;
                }
                case "--test-case" -> testCase = arguments.value(word);
                default -> {
                    if (!LambdaOptions.apply(word, arguments, config)) {
                        if (word.startsWith("--") || file != null) {
                            throw new UsageException("unexpected argument " + word);
                        }
                        file = word;
                    }
                }
            }
        }
        if (file == null) {
            throw new UsageException("which definition file?");
        }
        if (mocked != (testCase != null)) {
            throw new UsageException("--mock-config and --test-case go together: the file, and which of its test cases to run");
        }
        String definition = DefinitionFile.read(file);
        DefinitionResult parsed = DefinitionParser.parse(definition);
        if (!parsed.isValid()) {
            for (Diagnostic error : parsed.errors()) {
                System.err.println(file + ": " + error.code() + ": " + error.message()
                        + (error.location() == null ? "" : " at " + error.location()));
            }
            return 2;
        }
        try (Expresso expresso = start(config)) {
            StateMachine machine = expresso.deploy(DefinitionFile.machineName(file), definition);
            MockTestCase mocks = testCase == null ? null : expresso.mockTestCase(machine, testCase);
            byte[] bytes = (input == null ? "{}" : input).getBytes(StandardCharsets.UTF_8);
            // Only the plain start checks the input's size and syntax as StartExecution does.
            ExecutionResult result = (mocks == null ? expresso.execute(machine, bytes)
                    : expresso.execute(machine, null, null, json(input), false, mocks)).toCompletableFuture().join();
            expresso.shutdown(Duration.ZERO);
            return report(result);
        } catch (CompletionException refused) {
            throw new CommandFailure(2, refused.getCause().getMessage());
        } catch (IllegalArgumentException refused) {
            // A machine name the file cannot give, or a test case the mock config does not have for it.
            throw new CommandFailure(2, refused.getMessage());
        }
    }

    /** @throws CommandFailure when a file the options name (mock or Lambda config) is refused */
    private static Expresso start(RuntimeConfig config) {
        try {
            return Expresso.start(config);
        } catch (IllegalArgumentException refused) {
            throw new CommandFailure(2, refused.getMessage());
        }
    }

    private static Json json(String input) {
        try {
            return JsonParser.parse(input == null ? "{}" : input);
        } catch (JsonParseException notJson) {
            throw new CommandFailure(2, "Invalid execution input: " + notJson.getMessage());
        }
    }

    private static String onlyOne(String earlier, String input) {
        if (earlier != null) {
            throw new UsageException("give the input once: --input or --input-file");
        }
        return input;
    }

    private static int report(ExecutionResult result) {
        if (result.status() == ExecutionStatus.SUCCEEDED) {
            System.out.println(JsonSerializer.toCompactString(result.output()));
            return 0;
        }
        System.err.println(result.status() + " " + (result.error() == null ? "" : result.error())
                + (result.cause() == null ? "" : ": " + result.cause()));
        return 1;
    }
}
