package io.expresso.runtime.asl;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParseException;
import io.expresso.codec.json.JsonParser;
import java.nio.charset.StandardCharsets;

/**
 * Reads an ASL definition into a {@link StateMachineDefinition} and validates it as AWS does for
 * an Express state machine at {@code CreateStateMachine}. A bad definition is not an exception:
 * the result holds every diagnostic found.
 *
 * <pre>{@code
 * DefinitionResult result = DefinitionParser.parse(bytes);
 * if (!result.isValid()) {
 *     result.errors().forEach(d -> System.out.println(d.render()));
 * }
 * StateMachineDefinition definition = result.definition(); // throws InvalidDefinitionException if invalid
 * }</pre>
 */
public final class DefinitionParser {

    /** Jackson, AWS's parser, shows at most this many characters of the source in its location. */
    private static final int SOURCE_EXCERPT = 500;

    private DefinitionParser() {
    }

    /** Parses and validates a definition given as UTF-8 JSON text. */
    public static DefinitionResult parse(byte[] definition) {
        return parse(definition, true);
    }

    /**
     * Parses and validates a definition that runs in no workflow, as a TestState definition does:
     * the rules only an Express machine has (no {@code .sync}, no {@code .waitForTaskToken}, no
     * activities) do not apply.
     */
    public static DefinitionResult parseOutsideWorkflow(String definition) {
        return parse(definition.getBytes(StandardCharsets.UTF_8), false);
    }

    private static DefinitionResult parse(byte[] definition, boolean expressRules) {
        Diagnostics diagnostics = new Diagnostics();
        if (isBlank(definition)) {
            return notAnObject(diagnostics);
        }
        Json json;
        try {
            json = new JsonParser().read(definition, definition.length);
        } catch (JsonParseException e) {
            diagnostics.add(new Diagnostic(Severity.ERROR, DiagnosticCode.INVALID_JSON_DESCRIPTION, e.getMessage(),
                    sourceLocation(definition, e.position())));
            return new DefinitionResult(null, diagnostics.list());
        }
        if (!json.isObject()) {
            return notAnObject(diagnostics);
        }
        JsonObject root = (JsonObject) json;
        StateMachineDefinition model = new ScopeReader(diagnostics, expressRules).readDefinition(root);
        new GraphCheck(diagnostics).check(root);
        return new DefinitionResult(model, diagnostics.list());
    }

    private static boolean isBlank(byte[] definition) {
        for (byte b : definition) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Parses and validates a definition given as text. */
    public static DefinitionResult parse(String definition) {
        return parse(definition.getBytes(StandardCharsets.UTF_8));
    }

    private static DefinitionResult notAnObject(Diagnostics diagnostics) {
        diagnostics.schema("Definition must be a valid JSON object", null);
        return new DefinitionResult(null, diagnostics.list());
    }

    /**
     * AWS gives a malformed definition's location in Jackson's form,
     * {@code [Source: (String)"…"; line: 1, column: 4]}; the same is built here from the byte offset.
     */
    private static String sourceLocation(byte[] definition, long position) {
        String text = new String(definition, StandardCharsets.UTF_8);
        String prefix = new String(definition, 0, (int) Math.min(Math.max(position, 0), definition.length),
                StandardCharsets.UTF_8);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = prefix.length() - lineStart + 1;
        String excerpt = text.length() > SOURCE_EXCERPT ? text.substring(0, SOURCE_EXCERPT) : text;
        return "[Source: (String)\"" + excerpt + "\"; line: " + line + ", column: " + column + "]";
    }
}
