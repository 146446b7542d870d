package io.expresso.runtime.asl;

import java.util.Set;

/**
 * Recognises an intrinsic function call by its outer shape: a known {@code States.*} name, then
 * parentheses. The arguments are checked when the call is compiled.
 */
final class IntrinsicShape {

    private static final Set<String> FUNCTIONS = Set.of(
            "States.Format", "States.StringToJson", "States.JsonToString", "States.Array",
            "States.ArrayPartition", "States.ArrayContains", "States.ArrayRange", "States.ArrayGetItem",
            "States.ArrayLength", "States.ArrayUnique", "States.Base64Encode", "States.Base64Decode",
            "States.Hash", "States.JsonMerge", "States.MathRandom", "States.MathAdd", "States.StringSplit",
            "States.UUID");

    /** What {@code ErrorPath} and {@code CausePath} accept: the functions that return a string. */
    private static final Set<String> STRING_FUNCTIONS = Set.of(
            "States.Format", "States.JsonToString", "States.ArrayGetItem", "States.Base64Encode",
            "States.Base64Decode", "States.Hash", "States.UUID");

    private IntrinsicShape() {
    }

    static boolean isCall(String text) {
        return FUNCTIONS.contains(name(text));
    }

    static boolean isStringCall(String text) {
        return STRING_FUNCTIONS.contains(name(text));
    }

    /** @return the function name of {@code Name(…)}, or {@code ""} when the text does not have that shape */
    private static String name(String text) {
        int open = text.indexOf('(');
        if (!text.startsWith("States.") || open < 0 || !text.endsWith(")")) {
            return "";
        }
        return text.substring(0, open).trim();
    }
}
