package io.expresso.http.teststate;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.asl.PassState;
import io.expresso.runtime.asl.State;
import io.expresso.runtime.exec.InspectionStep;
import io.expresso.runtime.exec.StateProbe;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * TestState's {@code inspectionData}: the values the state's compiled node reported step by step,
 * shown as AWS shows them for the state's type, each payload as JSON text. At INFO nothing is
 * kept and the reply has no {@code inspectionData}.
 */
final class Inspection implements StateProbe.Inspector {

    /** The steps AWS shows of each kind of state (recorded), in the order it computes them. */
    private static final Set<InspectionStep> TASK = EnumSet.of(InspectionStep.AFTER_INPUT_PATH,
            InspectionStep.AFTER_PARAMETERS, InspectionStep.RESULT, InspectionStep.AFTER_RESULT_SELECTOR,
            InspectionStep.AFTER_RESULT_PATH);
    private static final Set<InspectionStep> MAP = EnumSet.of(InspectionStep.AFTER_INPUT_PATH,
            InspectionStep.AFTER_ITEMS_PATH, InspectionStep.MAX_CONCURRENCY, InspectionStep.AFTER_RESULT_SELECTOR,
            InspectionStep.AFTER_RESULT_PATH);
    private static final Set<InspectionStep> PARALLEL = EnumSet.of(InspectionStep.AFTER_RESULT_SELECTOR,
            InspectionStep.AFTER_RESULT_PATH);
    private static final Set<InspectionStep> PASS_WITH_RESULT = EnumSet.of(InspectionStep.RESULT,
            InspectionStep.AFTER_RESULT_SELECTOR, InspectionStep.AFTER_RESULT_PATH);
    private static final Set<InspectionStep> PASS = EnumSet.of(InspectionStep.AFTER_INPUT_PATH,
            InspectionStep.AFTER_PARAMETERS, InspectionStep.AFTER_RESULT_SELECTOR, InspectionStep.AFTER_RESULT_PATH);
    private static final Set<InspectionStep> INPUT_PATH_ONLY = EnumSet.of(InspectionStep.AFTER_INPUT_PATH);

    private final State state;
    private final Json input;
    private final JsonObject variables;
    private final Map<InspectionStep, Json> steps = new EnumMap<>(InspectionStep.class);
    private final Map<String, JsonObject> members = new LinkedHashMap<>(2);

    /**
     * @param state     the state under test, whose type decides which steps are shown
     * @param input     the state's raw input
     * @param variables the workflow variables the test set, shown when there are any
     */
    Inspection(State state, Json input, JsonObject variables) {
        this.state = state;
        this.input = input;
        this.variables = variables;
    }

    @Override
    public void step(InspectionStep step, Json value) {
        steps.put(step, value);
    }

    /** Records a member that is itself an object of strings (the HTTP request and response at TRACE). */
    void member(String field, JsonObject value) {
        members.put(field, value);
    }

    /** @return the {@code inspectionData} member, with {@code errorDetails} from what the probe saw */
    JsonObject build(StateProbe probe) {
        JsonObject.Builder data = JsonObject.builder(12);
        if (variables.size() > 0) {
            data.add("variables", text(variables));
        }
        data.add("input", text(input));
        completeByType();
        Set<InspectionStep> shown = shown();
        for (Map.Entry<InspectionStep, Json> step : steps.entrySet()) {
            if (shown.contains(step.getKey())) {
                Json value = step.getValue();
                data.add(step.getKey().field(), value instanceof JsonNumber ? value : text(value));
            }
        }
        members.forEach(data::add);
        JsonObject errorDetails = errorDetails(probe);
        if (errorDetails != null) {
            data.add("errorDetails", errorDetails);
        }
        return data.build();
    }

    /**
     * Fills the steps AWS shows for a type although the state has no such field: a Pass state's
     * result shows as what its Parameters and ResultSelector made, a Fail state's input as its
     * effective input.
     */
    private void completeByType() {
        switch (state.type()) {
            case PASS -> {
                Json result = steps.get(InspectionStep.RESULT);
                if (result != null) {
                    steps.put(InspectionStep.AFTER_PARAMETERS, result);
                    steps.put(InspectionStep.AFTER_RESULT_SELECTOR, result);
                }
            }
            case FAIL -> steps.put(InspectionStep.AFTER_INPUT_PATH, input);
            default -> {
            }
        }
    }

    private Set<InspectionStep> shown() {
        return switch (state.type()) {
            case TASK -> TASK;
            case MAP -> MAP;
            case PARALLEL -> PARALLEL;
            case PASS -> ((PassState) state).result() != null ? PASS_WITH_RESULT : PASS;
            default -> INPUT_PATH_ONLY;
        };
    }

    private static JsonObject errorDetails(StateProbe probe) {
        if (probe.retryIndex() >= 0) {
            return JsonObject.builder(2)
                    .add("retryIndex", JsonNumber.of(probe.retryIndex()))
                    .add("retryBackoffIntervalSeconds", JsonNumber.of(probe.retryBackoffSeconds()))
                    .build();
        }
        return probe.catchIndex() >= 0 ? JsonObject.of("catchIndex", JsonNumber.of(probe.catchIndex())) : null;
    }

    private static JsonString text(Json value) {
        return JsonString.of(JsonSerializer.toCompactString(value));
    }
}
