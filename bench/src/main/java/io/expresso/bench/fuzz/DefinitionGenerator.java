package io.expresso.bench.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random but mostly plausible JSONPath definitions: every state type, forward transitions (so that
 * a run ends), Choice rules with nested And, Or and Not over every comparison operator, Retry and
 * Catch, the input and output fields filled with generated paths, templates and intrinsic calls.
 * Inline Map and Parallel states nest machines of their own, a few levels deep.
 */
final class DefinitionGenerator {

    /** The error names Fail states raise: user errors, as a workflow's own would be. */
    static final String[] USER_ERRORS = {"Fuzz.UserFailure", "Custom.Boom", "Err", "Fuzz.HandlerRefused"};
    private static final String[] MATCHED_ERRORS = {"States.ALL", "States.TaskFailed", "States.Timeout",
        "States.Runtime", "States.DataLimitExceeded", "States.NoChoiceMatched", "States.ResultPathMatchFailure",
        "States.HeartbeatTimeout", "States.Permissions", FuzzHandlers.REFUSED, "Custom.Boom", "Fuzz.UserFailure"};
    private static final String[] OPERATORS = {"StringEquals", "StringLessThan", "StringGreaterThan",
        "StringLessThanEquals", "StringGreaterThanEquals", "StringMatches", "NumericEquals", "NumericLessThan",
        "NumericGreaterThan", "NumericLessThanEquals", "NumericGreaterThanEquals", "BooleanEquals", "TimestampEquals",
        "TimestampLessThan", "TimestampGreaterThan", "TimestampLessThanEquals", "TimestampGreaterThanEquals", "IsNull",
        "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"};
    private static final String[] STATE_NAMES = {"Start", "Next step", "Ü-state", "a.b", "$", "state with a very long"
        + " name that goes on", "\ud83d\ude80", "Choice?", "End"};
    /** Valid timestamps first, then malformed ones that only a careless definition uses. */
    private static final String[] TIMESTAMPS = {"2020-01-01T00:00:00Z", "2016-03-14T01:59:00.123+01:00",
        "2024-02-29T23:59:59Z", "2099-01-01T00:00:00Z", "not a timestamp", "2024-13-01T00:00:00Z"};
    private static final int VALID_TIMESTAMPS = 4;
    /**
     * The execution time limit each definition sets. Scaled by the runner's time scale it is tens of
     * milliseconds: far more than any generated run needs, so that only a run that waits without end
     * or never yields meets it.
     */
    static final int TIMEOUT_SECONDS = 600;
    private static final int MAX_NESTING = 2;

    private final SplittableRandom random;
    /**
     * Whether this definition keeps to paths and calls the validator accepts. Most do, so that most
     * definitions run: a definition with ten fields each broken one time in twenty is seldom valid.
     */
    private final boolean careful;
    /** State names are unique across the whole definition, nested machines included. */
    private int statesNamed;

    DefinitionGenerator(SplittableRandom random) {
        this.random = random;
        this.careful = random.nextInt(4) != 0;
    }

    /** @return a whole definition: a machine, its time limit, and now and then a counted loop before it */
    Map<String, Object> definition() {
        Map<String, Object> definition = machine(0, false);
        if (random.nextInt(12) == 0) {
            prependCountedLoop(definition);
        }
        if (random.nextInt(10) == 0) {
            definition.put("Comment", JsonValueGenerator.string(random));
        }
        definition.put("TimeoutSeconds", TIMEOUT_SECONDS);
        return definition;
    }

    /**
     * @return a machine that loops between a Pass and a Choice whose way out never matches: it
     *     never waits, so only a time limit that preempts the loop ends it
     */
    static Map<String, Object> spinningLoop() {
        Map<String, Object> states = JsonTree.object();
        states.put("Spin", state("Pass", "Next", "Check"));
        Map<String, Object> check = state("Choice", "Default", "Spin");
        check.put("Choices", List.of(rule("$.never", "IsPresent", true, "Done")));
        states.put("Check", check);
        states.put("Done", state("Succeed", null, null));
        Map<String, Object> definition = JsonTree.object();
        definition.put("StartAt", "Spin");
        definition.put("States", states);
        definition.put("TimeoutSeconds", TIMEOUT_SECONDS);
        return definition;
    }

    private static Map<String, Object> state(String type, String field, Object value) {
        Map<String, Object> state = JsonTree.object();
        state.put("Type", type);
        if (field != null) {
            state.put(field, value);
        }
        return state;
    }

    private static Map<String, Object> rule(String variable, String operator, Object operand, String next) {
        Map<String, Object> rule = JsonTree.object();
        rule.put("Variable", variable);
        rule.put(operator, operand);
        rule.put("Next", next);
        return rule;
    }

    /**
     * Counts {@code $.fuzzLoop} up to a bound with MathAdd before the machine's own start. Now and
     * then each turn also doubles a string ({@code States.Format}) or an array ({@code States.Array},
     * one level deeper each turn): in forty turns either outgrows every payload limit, which must
     * end the run with {@code States.DataLimitExceeded} or another error, not exhaust the heap.
     */
    private void prependCountedLoop(Map<String, Object> definition) {
        @SuppressWarnings("unchecked")
        Map<String, Object> states = (Map<String, Object>) definition.get("States");
        Map<String, Object> start = JsonTree.object();
        start.put("fuzzLoop", 0L);
        start.put("grown", "x");
        Map<String, Object> init = state("Pass", "Next", "LoopStep");
        init.put("Parameters", start);
        Map<String, Object> turn = JsonTree.object();
        turn.put("fuzzLoop.$", "States.MathAdd($.fuzzLoop, 1)");
        turn.put("grown.$", switch (random.nextInt(3)) {
            case 0 -> "States.Format('{}{}', $.grown, $.grown)";
            case 1 -> "States.Array($.grown, $.grown)";
            default -> "$.grown";
        });
        Map<String, Object> step = state("Pass", "Next", "LoopTest");
        step.put("Parameters", turn);
        Map<String, Object> test = state("Choice", "Default", definition.get("StartAt"));
        test.put("Choices", List.of(rule("$.fuzzLoop", "NumericLessThan", (long) random.nextInt(1, 41), "LoopStep")));
        states.put("LoopInit", init);
        states.put("LoopStep", step);
        states.put("LoopTest", test);
        definition.put("StartAt", "LoopInit");
    }

    private Map<String, Object> machine(int depth, boolean mapIteration) {
        int count = 1 + random.nextInt(depth == 0 ? 6 : 3);
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int number = statesNamed++;
            names.add(random.nextInt(10) == 0 ? STATE_NAMES[random.nextInt(STATE_NAMES.length)] + number : "S" + number);
        }
        Map<String, Object> states = JsonTree.object();
        for (int i = 0; i < count; i++) {
            states.put(names.get(i), state(names, i, depth, mapIteration));
        }
        Map<String, Object> machine = JsonTree.object();
        machine.put("StartAt", names.get(0));
        machine.put("States", states);
        return machine;
    }

    private Map<String, Object> state(List<String> names, int index, int depth, boolean mapIteration) {
        boolean last = index == names.size() - 1;
        String[] types = depth < MAX_NESTING
            ? new String[] {"Pass", "Pass", "Task", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map"}
            : new String[] {"Pass", "Pass", "Task", "Task", "Choice", "Wait", "Succeed", "Fail"};
        String type = types[random.nextInt(types.length)];
        if (last && type.equals("Choice") || !last && (type.equals("Succeed") || type.equals("Fail"))) {
            // A Choice needs a state after it; a Succeed or Fail before the last would leave the rest unreachable.
            type = "Pass";
        }
        Map<String, Object> state = JsonTree.object();
        state.put("Type", type);
        switch (type) {
            case "Pass" -> {
                io(state, true, mapIteration);
                if (random.nextInt(3) == 0) {
                    state.put("Result", JsonValueGenerator.value(random, 2));
                }
                transition(state, names, index);
            }
            case "Task" -> {
                // Rare: until Errors from handlers are contained, each one leaves its run to the time limit.
                String resource = random.nextInt(100) == 0 ? FuzzHandlers.CRASH
                    : FuzzHandlers.RESOURCES[random.nextInt(FuzzHandlers.RESOURCES.length)];
                state.put("Resource", resource);
                if (resource.equals(FuzzHandlers.LAMBDA_INVOKE)) {
                    Map<String, Object> parameters = JsonTree.object();
                    parameters.put("FunctionName", random.nextInt(5) == 0 ? "missing" : FuzzHandlers.LAMBDA_FUNCTION);
                    parameters.put("Payload.$", random.nextBoolean() ? "$" : PathGenerator.referencePath(random, careful));
                    state.put("Parameters", parameters);
                    io(state, false, mapIteration);
                } else {
                    io(state, true, mapIteration);
                }
                selector(state, mapIteration);
                if (resource.equals(FuzzHandlers.SILENT) || random.nextInt(4) == 0) {
                    int timeout = 1 + random.nextInt(5);
                    state.put("TimeoutSeconds", timeout);
                    if (random.nextInt(3) == 0 && (timeout > 1 || !careful)) {
                        state.put("HeartbeatSeconds", Math.max(1, timeout - 1));
                    }
                }
                errorHandling(state, names, index);
                transition(state, names, index);
            }
            case "Choice" -> {
                paths(state);
                List<Object> choices = new ArrayList<>();
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    Map<String, Object> rule = rule(random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0, mapIteration);
                    rule.put("Next", i == 0 ? names.get(index + 1) : later(names, index));
                    choices.add(rule);
                }
                state.put("Choices", choices);
                if (random.nextInt(4) != 0) {
                    state.put("Default", later(names, index));
                }
            }
            case "Wait" -> {
                paths(state);
                switch (random.nextInt(4)) {
                    case 0 -> state.put("SecondsPath", random.nextBoolean() ? "$.n" : PathGenerator.referencePath(random, careful));
                    case 1 -> state.put("Timestamp", timestamp());
                    case 2 -> state.put("TimestampPath", random.nextBoolean() ? "$.when" : PathGenerator.referencePath(random, careful));
                    default -> state.put("Seconds", (long) random.nextInt(4));
                }
                transition(state, names, index);
            }
            case "Succeed" -> paths(state);
            case "Fail" -> {
                if (random.nextInt(4) == 0) {
                    state.put("ErrorPath", random.nextBoolean() ? "$.name" : IntrinsicGenerator.call(random, 1, careful));
                } else if (random.nextInt(6) != 0) {
                    state.put("Error", USER_ERRORS[random.nextInt(USER_ERRORS.length)]);
                }
                if (random.nextInt(4) == 0) {
                    state.put("CausePath", random.nextBoolean() ? "$.s" : IntrinsicGenerator.call(random, 1, careful));
                } else if (random.nextInt(4) != 0) {
                    state.put("Cause", "the workflow gave up");
                }
            }
            case "Parallel" -> {
                io(state, true, mapIteration);
                selector(state, mapIteration);
                List<Object> branches = new ArrayList<>();
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    branches.add(machine(depth + 1, false));
                }
                state.put("Branches", branches);
                errorHandling(state, names, index);
                transition(state, names, index);
            }
            default -> {
                paths(state);
                resultPath(state);
                state.put("ItemsPath", random.nextInt(3) != 0 ? "$.items" : careful ? PathGenerator.referencePath(random, true)
                    : PathGenerator.query(random, false));
                if (random.nextBoolean()) {
                    Map<String, Object> selector = template(1, true);
                    selector.put("value.$", "$$.Map.Item.Value");
                    selector.put("index.$", "$$.Map.Item.Index");
                    state.put("ItemSelector", selector);
                }
                if (random.nextBoolean()) {
                    state.put("MaxConcurrency", (long) random.nextInt(4));
                }
                Map<String, Object> processor = machine(depth + 1, true);
                processor.put("ProcessorConfig", Map.of("Mode", "INLINE"));
                state.put("ItemProcessor", processor);
                selector(state, mapIteration);
                errorHandling(state, names, index);
                transition(state, names, index);
            }
        }
        return state;
    }

    /** InputPath, Parameters (when the state takes them), ResultPath and OutputPath, each now and then. */
    private void io(Map<String, Object> state, boolean parameters, boolean mapIteration) {
        paths(state);
        if (parameters && random.nextInt(3) == 0) {
            state.put("Parameters", template(2, mapIteration));
        }
        resultPath(state);
    }

    private void paths(Map<String, Object> state) {
        if (random.nextInt(5) == 0) {
            state.put("InputPath", random.nextInt(6) == 0 ? null : PathGenerator.referencePath(random, careful));
        }
        if (random.nextInt(5) == 0) {
            state.put("OutputPath", random.nextInt(6) == 0 ? null : PathGenerator.referencePath(random, careful));
        }
    }

    private void resultPath(Map<String, Object> state) {
        if (random.nextInt(4) == 0) {
            state.put("ResultPath", random.nextInt(5) == 0 ? null
                : careful ? PathGenerator.inputPath(random, true) : PathGenerator.referencePath(random, false));
        }
    }

    private void selector(Map<String, Object> state, boolean mapIteration) {
        if (random.nextInt(4) == 0) {
            state.put("ResultSelector", template(1, mapIteration));
        }
    }

    /** @return a payload template: plain members, {@code .$} members with paths and intrinsic calls, nested templates */
    private Map<String, Object> template(int depth, boolean mapIteration) {
        Map<String, Object> template = JsonTree.object();
        int members = 1 + random.nextInt(4);
        for (int i = 0; i < members; i++) {
            String key = JsonValueGenerator.KEYS[random.nextInt(JsonValueGenerator.KEYS.length)] + i;
            switch (random.nextInt(6)) {
                case 0 -> template.put(key, JsonValueGenerator.value(random, 1));
                case 1 -> template.put(key + ".$", PathGenerator.query(random, careful));
                case 2, 3 -> template.put(key + ".$", IntrinsicGenerator.call(random, 2, careful));
                case 4 -> template.put(key + ".$", mapIteration && random.nextBoolean() ? "$$.Map.Item.Value"
                    : PathGenerator.referencePath(random, careful));
                default -> template.put(key, depth > 0 ? template(depth - 1, mapIteration) : "plain");
            }
        }
        return template;
    }

    /** @return a Choice rule: a comparison, or And, Or and Not over rules nested up to {@code depth} */
    private Map<String, Object> rule(int depth, boolean mapIteration) {
        Map<String, Object> rule = JsonTree.object();
        if (depth > 0) {
            switch (random.nextInt(3)) {
                case 0 -> rule.put("Not", rule(depth - 1, mapIteration));
                case 1 -> rule.put("And", rules(depth - 1, mapIteration));
                default -> rule.put("Or", rules(depth - 1, mapIteration));
            }
            return rule;
        }
        rule.put("Variable", mapIteration && random.nextInt(4) == 0 ? "$.value" : PathGenerator.referencePath(random, careful));
        String operator = OPERATORS[random.nextInt(OPERATORS.length)];
        if (random.nextInt(4) == 0 && !operator.startsWith("Is") && !operator.equals("StringMatches")) {
            rule.put(operator + "Path", PathGenerator.referencePath(random, careful));
        } else {
            rule.put(operator, random.nextInt(10) == 0 ? JsonValueGenerator.value(random, 1) : operand(operator));
        }
        return rule;
    }

    private List<Object> rules(int depth, boolean mapIteration) {
        List<Object> rules = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            rules.add(rule(depth, mapIteration));
        }
        return rules;
    }

    private Object operand(String operator) {
        if (operator.startsWith("String")) {
            return operator.equals("StringMatches") ? (random.nextBoolean() ? "*" : "a*b\\*") : JsonValueGenerator.string(random);
        }
        if (operator.startsWith("Numeric")) {
            return random.nextBoolean() ? (Object) (long) random.nextInt(-3, 10) : new JsonTree.Raw(JsonValueGenerator.number(random));
        }
        if (operator.startsWith("Timestamp")) {
            return timestamp();
        }
        return random.nextInt(8) != 0;
    }

    private String timestamp() {
        return TIMESTAMPS[random.nextInt(careful ? VALID_TIMESTAMPS : TIMESTAMPS.length)];
    }

    /** Retry and Catch over a mix of States errors and user errors; {@code States.ALL} alone and last, as required. */
    private void errorHandling(Map<String, Object> state, List<String> names, int index) {
        if (random.nextInt(3) == 0) {
            List<Object> retriers = new ArrayList<>();
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                Map<String, Object> retrier = JsonTree.object();
                retrier.put("ErrorEquals", errorNames(i == count - 1));
                retrier.put("IntervalSeconds", (long) 1 + random.nextInt(3));
                retrier.put("MaxAttempts", (long) random.nextInt(4));
                retrier.put("BackoffRate", 1.0 + random.nextInt(4) * 0.5);
                if (random.nextInt(4) == 0) {
                    retrier.put("MaxDelaySeconds", (long) 1 + random.nextInt(5));
                    retrier.put("JitterStrategy", random.nextBoolean() ? "FULL" : "NONE");
                }
                retriers.add(retrier);
            }
            state.put("Retry", retriers);
        }
        if (index < names.size() - 1 && random.nextInt(3) == 0) {
            List<Object> catchers = new ArrayList<>();
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                Map<String, Object> catcher = JsonTree.object();
                catcher.put("ErrorEquals", errorNames(i == count - 1));
                catcher.put("Next", later(names, index));
                if (random.nextBoolean()) {
                    catcher.put("ResultPath", random.nextBoolean() ? "$.error" : PathGenerator.inputPath(random, careful));
                }
                catchers.add(catcher);
            }
            state.put("Catch", catchers);
        }
    }

    private List<Object> errorNames(boolean mayMatchAll) {
        if (mayMatchAll && random.nextInt(3) == 0) {
            return List.of("States.ALL");
        }
        List<Object> errors = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            errors.add(MATCHED_ERRORS[1 + random.nextInt(MATCHED_ERRORS.length - 1)]);
        }
        return errors;
    }

    /** Next to the following state, so that every state is reached (Choice and Catch jump ahead); End on the last one. */
    private void transition(Map<String, Object> state, List<String> names, int index) {
        if (index == names.size() - 1) {
            state.put("End", true);
        } else {
            state.put("Next", names.get(index + 1));
        }
    }

    private String later(List<String> names, int index) {
        return names.get(random.nextInt(index + 1, names.size()));
    }
}
