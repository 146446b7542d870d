package io.expresso.http.teststate;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParseException;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.codec.json.JsonString;
import io.expresso.http.api.ApiException;
import io.expresso.http.api.ErrorType;
import io.expresso.runtime.asl.DefinitionParser;
import io.expresso.runtime.asl.DefinitionResult;
import io.expresso.runtime.asl.Diagnostic;
import io.expresso.runtime.asl.State;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one state a TestState request names, validated by the runtime's validator: a lone state is
 * checked as the only state of a machine whose transition targets are stand-in Succeed states,
 * a whole definition is checked as it is and the state picked out by {@code stateName}.
 *
 * @param name  the state's name ({@value #DEFAULT_NAME} for a lone state)
 * @param json  the state's definition as written
 * @param model the validated state
 */
public record StateUnderTest(String name, JsonObject json, State model) {

    /** The name AWS gives a lone state in a definition error's location; {@code $$.State.Name} shows it too. */
    static final String DEFAULT_NAME = "StateName";

    /**
     * @param definition one state's JSON, or a whole machine when {@code stateName} is given
     * @throws ApiException InvalidDefinition for a definition the validator refuses, ValidationException
     *     for a {@code stateName} the definition does not have
     */
    public static StateUnderTest of(String definition, String stateName) {
        JsonObject parsed = object(definition);
        if (stateName == null) {
            return lone(parsed);
        }
        DefinitionResult machine = validate(parsed);
        Json states = parsed.get("States");
        Json state = states instanceof JsonObject all ? all.get(stateName) : null;
        if (!(state instanceof JsonObject stateJson)) {
            throw ApiException.refused("State not found in definition");
        }
        return new StateUnderTest(stateName, stateJson, machine.definition().states().get(stateName));
    }

    private static StateUnderTest lone(JsonObject state) {
        return new StateUnderTest(DEFAULT_NAME, state, validate(machine(DEFAULT_NAME, state)).definition().states()
                .get(DEFAULT_NAME));
    }

    /**
     * @return the definition of the machine the state runs in: the state first, and each state it
     *     can go to a stand-in Succeed state that the run never reaches
     */
    public String probeDefinition() {
        return JsonSerializer.toCompactString(machine(name, json));
    }

    private static JsonObject machine(String name, JsonObject state) {
        JsonObject.Builder states = JsonObject.builder(4).add(name, state);
        for (String target : targets(state)) {
            if (!target.equals(name)) {
                states.put(target, JsonObject.of("Type", JsonString.of("Succeed")));
            }
        }
        return JsonObject.builder(2)
                .add("StartAt", JsonString.of(name))
                .add("States", states.build())
                .build();
    }

    private static JsonObject object(String definition) {
        try {
            if (JsonParser.parse(definition) instanceof JsonObject object) {
                return object;
            }
        } catch (JsonParseException e) {
            throw invalid("INVALID_JSON_DESCRIPTION: " + e.getMessage());
        }
        throw invalid("SCHEMA_VALIDATION_FAILED: Definition must be a valid JSON object at /");
    }

    private static DefinitionResult validate(JsonObject machine) {
        // TestState runs a state in no workflow: the Express-only rules do not apply.
        DefinitionResult result = DefinitionParser.parseOutsideWorkflow(JsonSerializer.toCompactString(machine));
        if (!result.isValid()) {
            List<String> problems = new ArrayList<>();
            for (Diagnostic error : result.errors()) {
                problems.add(error.render());
            }
            throw invalid(String.join("; ", problems));
        }
        return result;
    }

    private static ApiException invalid(String detail) {
        return new ApiException(ErrorType.INVALID_DEFINITION, "Invalid State Machine Definition: '" + detail + "'");
    }

    /** @return every state name the state can go to: {@code Next}, each rule's and {@code Default}, each catcher's */
    private static Set<String> targets(JsonObject state) {
        Set<String> targets = new LinkedHashSet<>();
        addText(targets, state.get("Next"));
        addText(targets, state.get("Default"));
        for (String list : List.of("Choices", "Catch")) {
            if (state.get(list) instanceof JsonArray items) {
                for (Json item : items.asList()) {
                    if (item instanceof JsonObject entry) {
                        addText(targets, entry.get("Next"));
                    }
                }
            }
        }
        return targets;
    }

    private static void addText(Set<String> into, Json value) {
        if (value instanceof JsonString text) {
            into.add(text.value());
        }
    }
}
