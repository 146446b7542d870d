package io.expresso.bench.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Sizes no real workflow has: thousands of nesting levels in inputs, results, templates and Choice
 * rules, numbers with thousands of digits, very wide objects, inputs past the size limit, and JSON
 * text cut or corrupted part-way. Each must end in a clean refusal or error, never a crash.
 */
final class HostileShapes {


    private HostileShapes() {
    }

    /**
     * @return a size from 64 to 100,000, the large ones rarer: reading a number of tens of thousands of
     *     digits takes a good part of a second, and the run is meant to be long in cases, not in time
     */
    private static int size(SplittableRandom random) {
        int draw = random.nextInt(100);
        return draw < 40 ? 64 : draw < 70 ? 512 : draw < 90 ? 4_096 : draw < 98 ? 20_000 : 100_000;
    }

    /** @return JSON text nested {@code depth} levels: arrays, objects, or both in turn */
    private static String nested(SplittableRandom random, int depth) {
        StringBuilder text = new StringBuilder(depth * 6);
        int shape = random.nextInt(3);
        for (int i = 0; i < depth; i++) {
            text.append(shape == 0 || shape == 2 && (i & 1) == 0 ? "[" : "{\"a\":");
        }
        text.append("1");
        for (int i = depth - 1; i >= 0; i--) {
            text.append(shape == 0 || shape == 2 && (i & 1) == 0 ? "]" : "}");
        }
        return text.toString();
    }

    /**
     * @return a number of up to {@code size} digits, past 4,096 only one time in 500: deploying a
     *     definition with a number of 100,000 digits takes seconds (quadratic conversion), so one
     *     such case in a few thousand is enough to show it and keeps a long run long in cases
     */
    private static String longNumber(SplittableRandom random, int size) {
        int digits = size > 4_096 && random.nextInt(500) != 0 ? 4_096 : size;
        StringBuilder number = new StringBuilder(digits + 8);
        if (random.nextBoolean()) {
            number.append('-');
        }
        number.append(1 + random.nextInt(9));
        number.append("0".repeat(digits));
        switch (random.nextInt(3)) {
            case 0 -> number.append(".5");
            case 1 -> number.append("e").append(random.nextBoolean() ? "-" : "").append(digits);
            default -> { }
        }
        return number.toString();
    }

    /** @return an input whose size, depth or numbers are hostile */
    static String input(SplittableRandom random) {
        int size = size(random);
        return switch (random.nextInt(5)) {
            case 0 -> nested(random, size);
            case 1 -> "{\"n\":" + longNumber(random, size) + ",\"items\":[" + longNumber(random, size) + "]}";
            case 2 -> wide(size);
            case 3 -> "{\"s\":\"" + "x".repeat(size * 3) + "\"}";
            default -> "{\"items\":" + nested(random, size) + ",\"a\":" + nested(random, size) + "}";
        };
    }

    private static String wide(int size) {
        Map<String, Object> object = JsonTree.object();
        List<Object> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            object.put("k" + i, (long) i);
            items.add((long) i);
        }
        object.put("items", items);
        return JsonTree.write(object);
    }

    /** Puts one hostile value into a new first state of a generated definition, or into its time limit. */
    static void intoDefinition(SplittableRandom random, Map<String, Object> definition) {
        int size = size(random);
        Object start = definition.get("StartAt");
        Map<String, Object> first = JsonTree.object();
        first.put("Next", start);
        switch (random.nextInt(8)) {
            case 0 -> {
                first.put("Type", "Pass");
                first.put("Result", new JsonTree.Raw(nested(random, size)));
            }
            case 1 -> {
                first.put("Type", "Pass");
                first.put("Parameters", nestedTemplate(size));
            }
            case 2 -> {
                first.remove("Next");
                first.put("Type", "Choice");
                first.put("Choices", List.of(nestedRule(random, size, (String) start)));
                first.put("Default", start);
            }
            case 3 -> {
                first.put("Type", "Pass");
                first.put(random.nextBoolean() ? "InputPath" : "OutputPath", PathGenerator.hostile(random, size));
            }
            case 4 -> {
                first.put("Type", "Pass");
                first.put("Parameters", Map.of("value.$", IntrinsicGenerator.hostile(random, size)));
            }
            case 5 -> {
                first.put("Type", "Pass");
                first.put("Parameters", Map.of("value.$", PathGenerator.hostile(random, size)));
            }
            case 6 -> {
                first.put("Type", "Wait");
                first.put("Seconds", new JsonTree.Raw(longNumber(random, size)));
            }
            default -> {
                definition.put("TimeoutSeconds", new JsonTree.Raw(longNumber(random, size)));
                return;
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> states = (Map<String, Object>) definition.get("States");
        states.put("Hostile", first);
        definition.put("StartAt", "Hostile");
    }

    /** Built as text: a tree this deep would overflow the stack of the generator's own writer. */
    private static JsonTree.Raw nestedTemplate(int depth) {
        return new JsonTree.Raw("{\"a\":".repeat(depth) + "{\"value.$\":\"$\"}" + "}".repeat(depth));
    }

    private static JsonTree.Raw nestedRule(SplittableRandom random, int depth, String next) {
        StringBuilder rule = new StringBuilder(depth * 10 + 64).append('{');
        StringBuilder closing = new StringBuilder(depth * 2);
        for (int i = 0; i < depth; i++) {
            if (random.nextBoolean()) {
                rule.append("\"Not\":{");
                closing.append('}');
            } else {
                rule.append("\"And\":[{");
                closing.append("]}"); // reversed below, with the rest of the closers
            }
        }
        rule.append("\"Variable\":\"$.a\",\"IsPresent\":true").append(closing.reverse()).append(",\"Next\":");
        JsonTree.writeString(next, rule);
        return new JsonTree.Raw(rule.append('}').toString());
    }

    /** @return {@code text} cut short, with a byte changed, or with junk inserted: usually no longer JSON */
    static String corrupt(SplittableRandom random, String text) {
        if (text.isEmpty()) {
            return "{";
        }
        int at = random.nextInt(text.length());
        return switch (random.nextInt(4)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + (char) random.nextInt(0x20, 0x7F) + text.substring(Math.min(text.length(), at + 1));
            case 2 -> text.substring(0, at) + new String[] {"\\u", "\"", "\u0000", "}", ",,", "\\", "NaN", "1e"}[random.nextInt(8)]
                + text.substring(at);
            default -> text + (random.nextBoolean() ? "}" : " junk");
        };
    }
}
