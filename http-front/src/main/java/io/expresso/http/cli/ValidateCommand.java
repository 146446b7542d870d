package io.expresso.http.cli;

import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.codec.json.JsonString;
import io.expresso.http.api.Members;
import io.expresso.http.api.OperationTable;
import io.expresso.http.ops.DefinitionOperations;

/**
 * {@code expresso validate}: the reply ValidateStateMachineDefinition gives for a file, warnings
 * included, on standard output.
 */
final class ValidateCommand {

    static final String USAGE = """
            usage: expresso validate FILE.asl.json

            Prints the ValidateStateMachineDefinition reply for the definition (errors and warnings).
            Exit status: 0 valid, 2 invalid or unreadable.
            """;

    private ValidateCommand() {
    }

    static int run(Arguments arguments) {
        String file = DefinitionFile.single(arguments);
        String definition = DefinitionFile.read(file);
        OperationTable operations = new OperationTable();
        new DefinitionOperations().register(operations);
        JsonObject request = JsonObject.builder(2)
                .add("definition", JsonString.of(definition))
                .add("severity", JsonString.of("WARNING"))
                .build();
        JsonObject reply = operations.get("ValidateStateMachineDefinition").invoke(new Members(request)).toCompletableFuture().join();
        System.out.println(JsonSerializer.toCompactString(reply));
        return JsonString.of("OK").equals(reply.get("result")) ? 0 : 2;
    }
}
