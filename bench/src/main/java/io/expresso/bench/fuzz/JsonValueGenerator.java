package io.expresso.bench.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random JSON values: mostly the shapes workflows carry (objects with a few known keys, arrays of
 * such objects), so that generated paths find something, mixed with what parsers trip on: big and
 * long numbers, exponents, negative zero, unicode, escapes, empty and odd keys.
 */
final class JsonValueGenerator {

    /** Keys that generated inputs use and generated paths ask for; shared so that paths often hit. */
    static final String[] KEYS = {"a", "b", "c", "n", "s", "items", "obj", "flag", "name", "count", "list", "when"};
    /** Keys that need bracket notation or escapes in a path. */
    static final String[] ODD_KEYS = {"", "a b", "dot.ted", "quo'te", "brack]et", "ünï", "\u00e9t\u00e9", "$", "@", "*",
        "emoji\ud83d\ude00", "tab\tbed", "new\nline", "back\\slash"};
    private static final String[] WORDS = {"x", "order", "paid", "ship", "hello world", "ÄÖÜ", "日本語", "\ud83d\ude80",
        "{}", "{", "}", "\\", "'", "\"", "a,b,c", "1", "2.5", "true", "null", "[1,2]", "{\"a\":1}", "SGVsbG8=",
        "2024-01-01T00:00:00Z", "2016-03-14T01:59:00.123+01:00", "not-a-time", "%s", "$.a", "$$.Execution.Id"};
    private static final String[] ODD_NUMBERS = {"0", "-0", "-0.0", "1e400", "-1e400", "1E-400", "9007199254740993",
        "123456789012345678901234567890", "0.000000000000000000001", "1.5e308", "4.9e-324", "2147483648", "-2147483649",
        "9223372036854775808", "1e+2", "3.0", "1.0e0", "-7", "0.1", "1000000"};

    private JsonValueGenerator() {
    }

    /** @return any value, nested at most {@code depth} levels */
    static Object value(SplittableRandom random, int depth) {
        int kind = random.nextInt(depth > 0 ? 10 : 7);
        return switch (kind) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> (long) random.nextInt(-5, 20);
            case 3 -> new JsonTree.Raw(number(random));
            case 4, 5 -> string(random);
            case 6 -> random.nextDouble() * 100;
            case 7 -> array(random, depth - 1);
            default -> object(random, depth - 1);
        };
    }

    private static Map<String, Object> object(SplittableRandom random, int depth) {
        Map<String, Object> object = JsonTree.object();
        int members = random.nextInt(5);
        for (int i = 0; i < members; i++) {
            object.put(key(random), value(random, depth));
        }
        return object;
    }

    private static List<Object> array(SplittableRandom random, int depth) {
        int length = random.nextInt(5);
        List<Object> array = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            array.add(value(random, depth));
        }
        return array;
    }

    /**
     * @return the shape most inputs take: an object with the known keys, {@code items} an array of
     *     small objects, so that Map states, filters and Choice rules have something to work on
     */
    static Object plausibleInput(SplittableRandom random) {
        if (random.nextInt(12) == 0) {
            return value(random, 2);
        }
        Map<String, Object> input = JsonTree.object();
        for (String key : KEYS) {
            if (random.nextInt(3) != 0) {
                input.put(key, plausibleMember(random, key));
            }
        }
        if (random.nextInt(4) == 0) {
            input.put(ODD_KEYS[random.nextInt(ODD_KEYS.length)], value(random, 1));
        }
        return input;
    }

    private static Object plausibleMember(SplittableRandom random, String key) {
        return switch (key) {
            case "n", "count" -> random.nextInt(6) == 0 ? new JsonTree.Raw(number(random)) : (long) random.nextInt(-3, 10);
            case "flag" -> random.nextInt(8) == 0 ? string(random) : random.nextBoolean();
            case "items", "list" -> items(random);
            case "obj" -> object(random, 2);
            case "when" -> random.nextInt(3) == 0 ? string(random) : "2024-0" + (1 + random.nextInt(9)) + "-01T00:00:00Z";
            default -> random.nextInt(5) == 0 ? value(random, 1) : string(random);
        };
    }

    private static List<Object> items(SplittableRandom random) {
        int length = random.nextInt(7);
        List<Object> items = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(6) == 0) {
                items.add(value(random, 1));
                continue;
            }
            Map<String, Object> item = JsonTree.object();
            item.put("a", (long) random.nextInt(-2, 5));
            item.put("b", string(random));
            if (random.nextBoolean()) {
                item.put("c", random.nextBoolean() ? null : array(random, 1));
            }
            items.add(item);
        }
        return items;
    }

    private static String key(SplittableRandom random) {
        return random.nextInt(6) == 0 ? ODD_KEYS[random.nextInt(ODD_KEYS.length)] : KEYS[random.nextInt(KEYS.length)];
    }

    /** @return a string from the words above, or random code points including controls and lone surrogates */
    static String string(SplittableRandom random) {
        if (random.nextInt(4) != 0) {
            return WORDS[random.nextInt(WORDS.length)];
        }
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> text.append((char) random.nextInt(0x20));
                case 1 -> text.appendCodePoint(random.nextInt(0x80, 0x2FFFF));
                case 2 -> text.append((char) random.nextInt(0xD800, 0xE000));
                default -> text.append((char) random.nextInt(0x20, 0x7F));
            }
        }
        return text.toString();
    }

    /** @return number text, often one that no double or long holds exactly */
    static String number(SplittableRandom random) {
        return random.nextInt(3) == 0 ? Long.toString(random.nextLong()) : ODD_NUMBERS[random.nextInt(ODD_NUMBERS.length)];
    }
}
