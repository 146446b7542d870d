package io.expresso.http.ops;

import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import io.expresso.http.api.Members;
import io.expresso.http.api.OperationTable;
import io.expresso.runtime.asl.DefinitionParser;
import io.expresso.runtime.asl.DefinitionResult;
import io.expresso.runtime.asl.Diagnostic;
import io.expresso.runtime.asl.Severity;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * ValidateStateMachineDefinition (docs/semantics/http-api.md#validatestatemachinedefinition). The
 * validator applies the Express rules to every definition, since every machine here runs on the
 * Express engine, whatever {@code type} says.
 */
public final class DefinitionOperations {

    private static final List<String> TYPES = List.of("STANDARD", "EXPRESS");
    private static final List<String> SEVERITIES = List.of("ERROR", "WARNING");

    /** Registers this group's operations. */
    public void register(OperationTable table) {
        table.add("ValidateStateMachineDefinition", this::validate);
    }

    CompletionStage<JsonObject> validate(Members in) {
        String definition = in.requiredSensitiveString("definition", 1, StateMachineOperations.MAX_DEFINITION);
        in.enumValue("type", TYPES);
        String severity = in.enumValue("severity", SEVERITIES);
        int max = in.integer("maxResults", 0, 100, 0);
        in.check();
        boolean withWarnings = "WARNING".equals(severity);
        int limit = max == 0 ? 100 : max;
        DefinitionResult result = DefinitionParser.parse(definition);
        JsonArray.Builder diagnostics = new JsonArray.Builder(Math.min(limit, result.diagnostics().size()));
        boolean truncated = false;
        for (Diagnostic diagnostic : result.diagnostics()) {
            if (diagnostic.severity() == Severity.WARNING && !withWarnings) {
                continue;
            }
            if (diagnostics.size() == limit) {
                truncated = true;
                break;
            }
            diagnostics.add(render(diagnostic));
        }
        return Replies.of(JsonObject.builder(3)
                .add("result", JsonString.of(result.isValid() ? "OK" : "FAIL"))
                .add("diagnostics", diagnostics.build())
                .add("truncated", JsonBoolean.of(truncated))
                .build());
    }

    private static JsonObject render(Diagnostic diagnostic) {
        JsonObject.Builder item = JsonObject.builder(4)
                .add("severity", JsonString.of(diagnostic.severity().name()))
                .add("code", JsonString.of(diagnostic.code().name()))
                .add("message", JsonString.of(diagnostic.message()));
        if (diagnostic.location() != null) {
            item.add("location", JsonString.of(diagnostic.location()));
        }
        return item.build();
    }
}
