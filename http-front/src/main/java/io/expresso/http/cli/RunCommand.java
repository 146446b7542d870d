package io.expresso.http.cli;

import io.expresso.codec.json.JsonSerializer;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.ExecutionStatus;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.RuntimeConfig;
import io.expresso.runtime.StateMachine;
import io.expresso.runtime.asl.DefinitionParser;
import io.expresso.runtime.asl.DefinitionResult;
import io.expresso.runtime.asl.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionException;

/** {@code expresso run}: one execution in this process, its output on standard output. */
final class RunCommand {

    static final String USAGE = """
            usage: expresso run FILE.asl.json [--input JSON | --input-file FILE] [--time-scale X]
                                [--lambda-endpoint URL] [--lambda-config FILE]

            Runs one execution in-process and prints its output JSON.
            Task states have no handlers here: they fail with States.TaskFailed unless caught,
            except Lambda tasks served by a Lambda endpoint.
            Exit status: 0 SUCCEEDED; 1 FAILED or TIMED_OUT (error and cause on stderr);
            2 invalid definition (every diagnostic on stderr) or invalid input.
            """ + LambdaOptions.USAGE;

    private RunCommand() {
    }

    static int run(Arguments arguments) throws InterruptedException {
        String file = null;
        String input = null;
        RuntimeConfig config = new RuntimeConfig().eventLoops(1).allowUnboundResources(true);
        while (arguments.hasNext()) {
            String word = arguments.next();
            switch (word) {
                case "--input" -> input = onlyOne(input, arguments.value(word));
                case "--input-file" -> input = onlyOne(input, DefinitionFile.read(arguments.value(word)));
                case "--time-scale" -> config.timeScale(arguments.number(word));
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
        String definition = DefinitionFile.read(file);
        DefinitionResult parsed = DefinitionParser.parse(definition);
        if (!parsed.isValid()) {
            for (Diagnostic error : parsed.errors()) {
                System.err.println(file + ": " + error.code() + ": " + error.message()
                        + (error.location() == null ? "" : " at " + error.location()));
            }
            return 2;
        }
        try (Expresso expresso = Expresso.start(config)) {
            StateMachine machine = expresso.deploy(DefinitionFile.machineName(file), definition);
            ExecutionResult result = expresso.execute(machine, (input == null ? "{}" : input).getBytes(StandardCharsets.UTF_8))
                    .toCompletableFuture().join();
            expresso.shutdown(Duration.ZERO);
            return report(result);
        } catch (CompletionException refused) {
            System.err.println("expresso: " + refused.getCause().getMessage());
            return 2;
        } catch (IllegalArgumentException badName) {
            throw new UsageException(badName.getMessage());
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
