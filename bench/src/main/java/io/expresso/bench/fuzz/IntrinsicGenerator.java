package io.expresso.bench.fuzz;

import java.util.SplittableRandom;

/**
 * Random intrinsic function calls: every function, with arguments that are often right, often of
 * the wrong type or number, nested calls, paths and literals with the escapes the intrinsic
 * grammar has ({@code \'}, {@code \{}, {@code \}}, {@code \\}).
 */
final class IntrinsicGenerator {

    private static final String[] FUNCTIONS = {"States.Format", "States.StringToJson", "States.JsonToString",
        "States.Array", "States.ArrayPartition", "States.ArrayContains", "States.ArrayRange", "States.ArrayGetItem",
        "States.ArrayLength", "States.ArrayUnique", "States.Base64Encode", "States.Base64Decode", "States.Hash",
        "States.JsonMerge", "States.MathRandom", "States.MathAdd", "States.StringSplit", "States.UUID"};
    private static final String[] HASHES = {"MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512", "SHA-3", "md5", ""};
    private static final String[] STRINGS = {"", "x", "a,b,c", "{} and {}", "\\{\\}", "it\\'s", "back\\\\slash",
        "{\"a\":1}", "[1,2,3]", "SGVsbG8=", "not base64!", "\u00fcnic\u00f8de", "{}", "1", ",", "{{}}", "{\"a\":"};

    private IntrinsicGenerator() {
    }

    /**
     * @param careful whether to give each function as many arguments as it takes, so that the
     *     validator accepts the call and its argument types are tried when it runs
     * @return one call, its arguments nested at most {@code depth} calls deep
     */
    static String call(SplittableRandom random, int depth, boolean careful) {
        String function = FUNCTIONS[random.nextInt(FUNCTIONS.length)];
        StringBuilder call = new StringBuilder(function).append('(');
        if (!careful && random.nextInt(5) == 0) {
            appendArguments(random, depth, random.nextInt(4), call);
        } else {
            appendTypicalArguments(random, depth, function, careful, call);
        }
        return call.append(')').toString();
    }

    /** The arguments the function expects, each now and then replaced by one of any type. */
    private static void appendTypicalArguments(SplittableRandom random, int depth, String function, boolean careful,
            StringBuilder call) {
        String[] kinds = switch (function) {
            case "States.Format" -> new String[] {"format", "any", "any"};
            case "States.StringToJson", "States.Base64Encode", "States.Base64Decode" -> new String[] {"string"};
            case "States.JsonToString", "States.ArrayLength", "States.ArrayUnique" -> new String[] {"path"};
            case "States.Array" -> new String[] {"any", "any"};
            case "States.ArrayPartition" -> new String[] {"path", "int"};
            case "States.ArrayContains" -> new String[] {"path", "any"};
            case "States.ArrayRange" -> new String[] {"int", "int", "int"};
            case "States.ArrayGetItem" -> new String[] {"path", "int"};
            case "States.Hash" -> new String[] {"string", "hash"};
            case "States.JsonMerge" -> new String[] {"path", "path", "false"};
            case "States.MathRandom" -> new String[] {"int", "int"};
            case "States.MathAdd" -> new String[] {"int", "int"};
            case "States.StringSplit" -> new String[] {"string", "string"};
            default -> new String[0];
        };
        String separator = "";
        for (String kind : kinds) {
            call.append(separator);
            appendArgument(random, depth, !careful && random.nextInt(6) == 0 ? "any" : kind, careful, call);
            separator = ", ";
        }
    }

    private static void appendArguments(SplittableRandom random, int depth, int count, StringBuilder call) {
        String separator = "";
        for (int i = 0; i < count; i++) {
            call.append(separator);
            appendArgument(random, depth, "any", false, call);
            separator = ", ";
        }
    }

    private static void appendArgument(SplittableRandom random, int depth, String kind, boolean careful,
            StringBuilder call) {
        switch (kind) {
            case "format" -> literal(STRINGS[random.nextInt(4)], call);
            case "string" -> {
                if (random.nextBoolean()) {
                    call.append(PathGenerator.referencePath(random, careful));
                } else {
                    literal(STRINGS[random.nextInt(STRINGS.length)], call);
                }
            }
            case "path" -> call.append(random.nextInt(4) == 0 ? "$.items" : PathGenerator.referencePath(random, careful));
            case "int" -> call.append(random.nextInt(5) == 0 ? JsonValueGenerator.number(random)
                : random.nextBoolean() ? "$.n" : Integer.toString(random.nextInt(-3, 10)));
            case "hash" -> literal(HASHES[random.nextInt(HASHES.length)], call);
            case "false" -> call.append(random.nextInt(4) == 0 ? "true" : "false");
            default -> {
                switch (random.nextInt(7)) {
                    case 0 -> call.append("null");
                    case 1 -> call.append(random.nextBoolean());
                    case 2 -> call.append(JsonValueGenerator.number(random));
                    case 3 -> call.append(PathGenerator.referencePath(random, careful));
                    case 4 -> call.append(depth > 0 ? call(random, depth - 1, careful) : "$");
                    default -> literal(STRINGS[random.nextInt(STRINGS.length)], call);
                }
            }
        }
    }

    private static void literal(String text, StringBuilder call) {
        call.append('\'').append(text).append('\'');
    }

    /** @return calls nested {@code size} deep, or one call with {@code size} arguments */
    static String hostile(SplittableRandom random, int size) {
        return switch (random.nextInt(3)) {
            case 0 -> "States.Array(".repeat(size) + "1" + ")".repeat(size);
            case 1 -> "States.JsonToString(".repeat(size) + "$" + ")".repeat(size);
            default -> "States.Format('" + "{}".repeat(size) + "'" + ", $.a".repeat(size) + ")";
        };
    }
}
