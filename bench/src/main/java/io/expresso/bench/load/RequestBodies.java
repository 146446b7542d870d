package io.expresso.bench.load;

import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.codec.json.JsonString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the request bodies of a run from execution inputs, once before it starts: the
 * StartSyncExecution body {@code {"stateMachineArn", "input"}}, or a template of any operation's
 * body in which {@code ${input}} stands for the input as JSON string content and
 * {@code ${machineArn}} for the machine.
 */
public final class RequestBodies {

    private static final String INPUT = "${input}";
    private static final String MACHINE_ARN = "${machineArn}";

    private RequestBodies() {
    }

    /** @return the inputs of a file holding one JSON document, compacted */
    public static List<String> singleInput(Path file) throws IOException {
        return List.of(compact(Files.readString(file, StandardCharsets.UTF_8)));
    }

    /** @return the inputs of a file holding one JSON document per line, compacted; blank lines skipped */
    public static List<String> inputPerLine(Path file) throws IOException {
        List<String> inputs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                inputs.add(compact(line));
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no input");
        }
        return inputs;
    }

    /** @return one StartSyncExecution body per input */
    public static List<byte[]> startSyncExecution(String machineArn, List<String> inputs) {
        List<byte[]> bodies = new ArrayList<>(inputs.size());
        for (String input : inputs) {
            bodies.add(JsonSerializer.toBytes(JsonObject.builder(2)
                .add("stateMachineArn", JsonString.of(machineArn))
                .add("input", JsonString.of(input))
                .build()));
        }
        return bodies;
    }

    /** @return one body per input, {@code template} with its placeholders filled */
    public static List<byte[]> fromTemplate(String template, String machineArn, List<String> inputs) {
        String withMachine = machineArn == null ? template : template.replace(MACHINE_ARN, stringContent(machineArn));
        List<byte[]> bodies = new ArrayList<>(inputs.size());
        for (String input : inputs) {
            bodies.add(withMachine.replace(INPUT, stringContent(input)).getBytes(StandardCharsets.UTF_8));
        }
        return bodies;
    }

    /** Servers are sent compact JSON, as SDKs send it; a malformed input is refused here rather than by every request. */
    private static String compact(String json) {
        return JsonSerializer.toCompactString(JsonParser.parse(json));
    }

    /** @return {@code text} escaped as the inside of a JSON string, without the quotes */
    private static String stringContent(String text) {
        String quoted = JsonSerializer.toCompactString(JsonString.of(text));
        return quoted.substring(1, quoted.length() - 1);
    }
}
