package io.expresso.bench.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Breaks a valid tree in one place: a member removed, renamed, retyped or replaced by something
 * generated, an unknown member added, a transition sent nowhere. Most results are invalid
 * definitions the validator must refuse with diagnostics; the rest must still run cleanly.
 */
final class DefinitionMutator {

    private static final String[] FIELDS = {"Type", "Next", "End", "Default", "Choices", "Branches", "ItemProcessor",
        "ItemsPath", "Parameters", "ResultPath", "InputPath", "OutputPath", "Resource", "Seconds", "Retry", "Catch",
        "ErrorEquals", "MaxAttempts", "TimeoutSeconds", "HeartbeatSeconds", "Variable", "And", "Not", "StartAt", "States",
        "Comment", "QueryLanguage", "Arguments", "Output", "Assign", "ItemReader", "ToleratedFailureCount"};

    private DefinitionMutator() {
    }

    /** Mutates {@code tree}, which must be mutable (a {@link JsonTree#copy}), {@code times} times. */
    static void mutate(SplittableRandom random, Object tree, int times) {
        for (int i = 0; i < times; i++) {
            List<JsonTree.Slot> slots = JsonTree.slots(tree);
            if (slots.isEmpty()) {
                return;
            }
            mutate(random, slots.get(random.nextInt(slots.size())));
        }
    }

    @SuppressWarnings("unchecked")
    private static void mutate(SplittableRandom random, JsonTree.Slot slot) {
        Object current = slot.get();
        switch (random.nextInt(9)) {
            case 0 -> slot.remove();
            case 1 -> slot.set(retyped(random, current));
            case 2 -> slot.set(PathGenerator.referencePath(random, false));
            case 3 -> slot.set(IntrinsicGenerator.call(random, 2, false));
            case 4 -> slot.set(JsonValueGenerator.value(random, 2));
            case 5 -> slot.set(new JsonTree.Raw(JsonValueGenerator.number(random)));
            case 6 -> slot.set("Nowhere");
            case 7 -> {
                if (slot.container() instanceof Map<?, ?> map) {
                    ((Map<String, Object>) map).put(FIELDS[random.nextInt(FIELDS.length)], retyped(random, current));
                }
            }
            default -> {
                if (slot.container() instanceof Map<?, ?> map) {
                    Object value = map.remove(slot.key());
                    String key = (String) slot.key();
                    ((Map<String, Object>) map).put(random.nextBoolean() ? key.toLowerCase() : key + ".$", value);
                }
            }
        }
    }

    /** @return a value of another JSON type than {@code value}'s */
    private static Object retyped(SplittableRandom random, Object value) {
        if (value instanceof String text) {
            return random.nextBoolean() ? (Object) (long) text.length() : new ArrayList<>(List.of(text));
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return random.nextBoolean() ? "text" : null;
        }
        if (value instanceof Boolean) {
            return "true";
        }
        if (value == null) {
            return JsonTree.object();
        }
        return random.nextBoolean() ? String.valueOf(value) : random.nextBoolean();
    }
}
