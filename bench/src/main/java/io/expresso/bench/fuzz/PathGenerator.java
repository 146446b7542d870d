package io.expresso.bench.fuzz;

import java.util.SplittableRandom;

/**
 * Random paths: reference paths (definite, as InputPath, ResultPath and Choice variables take
 * them) and JSONPath queries with wildcards, slices, unions, deep scans and filters; mostly over
 * the keys {@link JsonValueGenerator} puts in inputs, sometimes malformed.
 */
final class PathGenerator {

    private static final String[] CONTEXT = {"$$", "$$.Execution.Input", "$$.Execution.Id", "$$.Execution.Name",
        "$$.State.Name", "$$.State.EnteredTime", "$$.State.RetryCount", "$$.StateMachine.Name", "$$.Execution.StartTime",
        "$$.Map.Item.Value", "$$.Map.Item.Index", "$$.Task.Token", "$$.Nothing.Here"};
    private static final String[] BROKEN = {"", "$.", "$..", "$[", "$.a[", "$.a]", "a.b", "$['a", "$.a[?(@.a >)]",
        "$.a[1:2:0]", "$.a[?(@.a ==)]", "$ .a", "$.a.[0]", "$[-]", "$.*.*[", "$['']", "$.a[99999999999999999999]"};
    private static final String[] COMPARATORS = {"==", "!=", "<", "<=", ">", ">=", "=~"};

    private PathGenerator() {
    }

    /**
     * @param careful whether to keep to paths the validator accepts, so that the definition gets to run
     * @return a definite path into the input or the context object, when not careful now and then malformed
     */
    static String referencePath(SplittableRandom random, boolean careful) {
        int kind = random.nextInt(20);
        if (kind == 0 && !careful) {
            return BROKEN[random.nextInt(BROKEN.length)];
        }
        if (kind <= 2) {
            return CONTEXT[random.nextInt(CONTEXT.length)];
        }
        if (kind == 3) {
            return "$";
        }
        return inputPath(random, careful);
    }

    /** @return a definite path into the input only, as ResultPath takes */
    static String inputPath(SplittableRandom random, boolean careful) {
        StringBuilder path = new StringBuilder("$");
        int segments = 1 + random.nextInt(3);
        for (int i = 0; i < segments; i++) {
            definiteSegment(random, careful, path);
        }
        return path.toString();
    }

    private static void definiteSegment(SplittableRandom random, boolean careful, StringBuilder path) {
        switch (random.nextInt(6)) {
            case 0 -> path.append('[').append(random.nextInt(careful ? 0 : -1, 4)).append(']');
            case 1 -> {
                String key = JsonValueGenerator.ODD_KEYS[random.nextInt(JsonValueGenerator.ODD_KEYS.length)];
                if (careful && (key.contains("'") || key.contains("\\"))) {
                    key = "a b";
                }
                path.append("['").append(key.replace("\\", "\\\\").replace("'", "\\'")).append("']");
            }
            default -> path.append('.').append(JsonValueGenerator.KEYS[random.nextInt(JsonValueGenerator.KEYS.length)]);
        }
    }

    /** @return a JSONPath query that may select many nodes, as Parameters, ItemsPath and OutputPath accept */
    static String query(SplittableRandom random, boolean careful) {
        if (random.nextInt(4) == 0) {
            return referencePath(random, careful);
        }
        StringBuilder path = new StringBuilder("$");
        int segments = 1 + random.nextInt(4);
        for (int i = 0; i < segments; i++) {
            switch (random.nextInt(9)) {
                case 0 -> path.append("[*]");
                case 1 -> path.append(".*");
                case 2 -> path.append("..").append(JsonValueGenerator.KEYS[random.nextInt(JsonValueGenerator.KEYS.length)]);
                case 3 -> path.append(slice(random, careful));
                case 4 -> path.append('[').append(random.nextInt(4)).append(',').append(random.nextInt(-2, 4)).append(']');
                case 5, 6 -> path.append("[?(").append(filter(random, careful, 2)).append(")]");
                default -> definiteSegment(random, careful, path);
            }
        }
        return path.toString();
    }

    private static String slice(SplittableRandom random, boolean careful) {
        StringBuilder slice = new StringBuilder("[");
        if (random.nextBoolean()) {
            slice.append(random.nextInt(-3, 4));
        }
        slice.append(':');
        if (random.nextBoolean()) {
            slice.append(random.nextInt(-3, 5));
        }
        if (random.nextInt(3) == 0) {
            slice.append(':').append(careful ? random.nextInt(1, 3) : random.nextInt(-2, 3));
        }
        return slice.append(']').toString();
    }

    /** @return a filter expression over {@code @}, with {@code &&}, {@code ||}, {@code !} and parentheses */
    private static String filter(SplittableRandom random, boolean careful, int depth) {
        if (depth > 0 && random.nextInt(3) == 0) {
            String left = filter(random, careful, depth - 1);
            String right = filter(random, careful, depth - 1);
            return switch (random.nextInt(3)) {
                case 0 -> left + " && " + right;
                case 1 -> left + " || " + right;
                default -> "!(" + left + ")";
            };
        }
        String member = "@." + JsonValueGenerator.KEYS[random.nextInt(JsonValueGenerator.KEYS.length)];
        if (random.nextInt(4) == 0) {
            return member;
        }
        String comparator = COMPARATORS[random.nextInt(COMPARATORS.length)];
        String operand = switch (random.nextInt(5)) {
            case 0 -> "'" + JsonValueGenerator.KEYS[random.nextInt(JsonValueGenerator.KEYS.length)] + "'";
            case 1 -> "null";
            case 2 -> random.nextBoolean() ? "true" : "false";
            case 3 -> JsonValueGenerator.number(random);
            default -> Integer.toString(random.nextInt(-2, 5));
        };
        if (comparator.equals("=~")) {
            return member + " =~ /" + (careful || random.nextBoolean() ? "a.*" : "[") + "/";
        }
        return member + " " + comparator + " " + operand;
    }

    /** @return a path far longer or deeper than any real one: thousands of segments, or nested filter parentheses */
    static String hostile(SplittableRandom random, int size) {
        StringBuilder path = new StringBuilder("$");
        switch (random.nextInt(4)) {
            case 0 -> path.append(".a".repeat(size));
            case 1 -> path.append("[0]".repeat(size));
            case 2 -> path.append(".items[?(").append("(".repeat(size)).append("@.a > 1").append(")".repeat(size)).append(")]");
            default -> path.append(".items[?(").append("!(".repeat(size)).append("@.a").append(")".repeat(size)).append(")]");
        }
        return path.toString();
    }
}
