package io.expresso.runtime.asl;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which fields each state type takes in a JSONPath state
 * (docs/semantics/definitions.md#which-fields-each-state-takes), and which belong to JSONata only.
 */
final class FieldMatrix {

    static final String ASSIGN = "Assign";

    private static final Map<StateType, Set<String>> JSONPATH = new EnumMap<>(StateType.class);
    private static final Map<StateType, Set<String>> JSONATA_ONLY = new EnumMap<>(StateType.class);
    private static final Set<StateType> ASSIGNING = Set.of(StateType.PASS, StateType.TASK, StateType.CHOICE,
            StateType.WAIT, StateType.PARALLEL, StateType.MAP);

    static {
        String[] common = {"Type", "Comment", "QueryLanguage"};
        String[] flow = {"Next", "End", "InputPath", "OutputPath"};
        String[] result = {"Parameters", "ResultSelector", "ResultPath", "Retry", "Catch"};
        define(StateType.PASS, set(common, flow, "Parameters", "Result", "ResultPath"), "Output");
        define(StateType.TASK, set(common, flow, result, "Resource", "Credentials", "TimeoutSeconds",
                "HeartbeatSeconds", "TimeoutSecondsPath", "HeartbeatSecondsPath"), "Arguments", "Output");
        define(StateType.CHOICE, set(common, new String[0], "InputPath", "OutputPath", "Choices", "Default"),
                "Output");
        define(StateType.WAIT, set(common, flow, "Seconds", "Timestamp", "SecondsPath", "TimestampPath"),
                "Output");
        define(StateType.SUCCEED, set(common, new String[0], "InputPath", "OutputPath"), "Output");
        define(StateType.FAIL, set(common, new String[0], "Error", "Cause", "ErrorPath", "CausePath"));
        define(StateType.PARALLEL, set(common, flow, result, "Branches"), "Arguments", "Output");
        define(StateType.MAP, set(common, flow, result, "ItemProcessor", "Iterator", "ItemSelector", "ItemsPath",
                "MaxConcurrency", "MaxConcurrencyPath", "ToleratedFailurePercentage", "ToleratedFailureCount",
                "ToleratedFailurePercentagePath", "ToleratedFailureCountPath", "ItemReader", "ItemBatcher",
                "ResultWriter", "Label"), "Items", "Output");
    }

    private FieldMatrix() {
    }

    private static void define(StateType type, Set<String> jsonPath, String... jsonataOnly) {
        JSONPATH.put(type, jsonPath);
        JSONATA_ONLY.put(type, Set.of(jsonataOnly));
    }

    private static Set<String> set(String[] first, String[] second, String... more) {
        Set<String> fields = new HashSet<>(Set.of(first));
        fields.addAll(Set.of(second));
        fields.addAll(Set.of(more));
        return Set.copyOf(fields);
    }

    private static Set<String> set(String[] first, String[] second, String[] third, String... more) {
        Set<String> fields = new HashSet<>(set(first, second, more));
        fields.addAll(Set.of(third));
        return Set.copyOf(fields);
    }

    static boolean allows(StateType type, String field) {
        return JSONPATH.get(type).contains(field);
    }

    static boolean isJsonataOnly(StateType type, String field) {
        return JSONATA_ONLY.get(type).contains(field);
    }

    static boolean assigns(StateType type) {
        return ASSIGNING.contains(type);
    }
}
