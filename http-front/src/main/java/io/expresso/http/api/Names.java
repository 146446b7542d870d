package io.expresso.http.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/** AWS's name rules for state machines, executions and aliases. */
public final class Names {

    /** Whitespace, brackets, wildcards, specials and control characters may not appear in a name. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "[\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\x00-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF\\uD800-\\uDFFF]");
    private static final byte[] NAME_KEY = "\"name\"".getBytes(StandardCharsets.US_ASCII);
    private static final String SIMPLE_ESCAPES = "\"\\/bfnrt";
    private static final String SIMPLE_VALUES = "\"\\/\b\f\n\r\t";
    private static final Set<String> RESOURCE_NAMED = Set.of("CreateStateMachine", "StartExecution", "StartSyncExecution");
    private static final Pattern ALIAS = Pattern.compile("^(?=.*[a-zA-Z_\\-.])[a-zA-Z0-9_\\-.]+$");

    private Names() {
    }

    /**
     * Checks a state machine or execution name whose length the caller has already checked.
     *
     * @throws ApiException {@code InvalidName} when it holds a forbidden character
     */
    public static void checkResourceName(String name) {
        if (name != null && (name.isEmpty() || FORBIDDEN.matcher(name).find())) {
            throw new ApiException(ErrorType.INVALID_NAME, "Invalid Name: '" + name + "'");
        }
    }

    /** @return whether the operation's {@code name} member is a state machine or execution name */
    public static boolean takesResourceName(String operation) {
        return RESOURCE_NAMED.contains(operation);
    }

    /**
     * The JSON parser refuses a string holding an unpaired surrogate, which AWS's parser reads; for
     * a state machine or execution name AWS then answers InvalidName, and so does this, when the
     * string the parser refused is the value of a {@code "name"} member.
     *
     * @param body the request body; {@code length} bytes of it were parsed
     * @param stringStart where the refused string's opening quote is
     * @return InvalidName for the refused name, or {@code null} when the refused string is not a name
     */
    public static ApiException invalidNameAt(byte[] body, int length, int stringStart) {
        if (stringStart < 0 || stringStart >= length || body[stringStart] != '"') {
            return null;
        }
        int colon = skipWhitespaceBack(body, stringStart - 1);
        if (colon < 0 || body[colon] != ':') {
            return null;
        }
        int keyEnd = skipWhitespaceBack(body, colon - 1);
        int keyStart = keyEnd - NAME_KEY.length + 1;
        if (keyStart < 0 || !Arrays.equals(body, keyStart, keyEnd + 1, NAME_KEY, 0, NAME_KEY.length)) {
            return null;
        }
        String name = decodeString(body, stringStart + 1, length);
        return name == null ? null : new ApiException(ErrorType.INVALID_NAME, "Invalid Name: '" + name + "'");
    }

    private static int skipWhitespaceBack(byte[] body, int from) {
        int i = from;
        while (i >= 0 && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r')) {
            i--;
        }
        return i;
    }

    /** @return the JSON string's value from just after its opening quote, surrogates as written, or {@code null} if malformed */
    private static String decodeString(byte[] body, int from, int length) {
        StringBuilder value = new StringBuilder();
        int run = from;
        int i = from;
        while (i < length && body[i] != '"') {
            if (body[i] != '\\') {
                i++;
                continue;
            }
            value.append(new String(body, run, i - run, StandardCharsets.UTF_8));
            if (i + 1 >= length) {
                return null;
            }
            byte escaped = body[i + 1];
            if (escaped == 'u') {
                if (i + 6 > length) {
                    return null;
                }
                try {
                    value.append((char) Integer.parseInt(new String(body, i + 2, 4, StandardCharsets.US_ASCII), 16));
                } catch (NumberFormatException malformed) {
                    return null;
                }
                i += 6;
            } else {
                int at = SIMPLE_ESCAPES.indexOf(escaped);
                if (at < 0) {
                    return null;
                }
                value.append(SIMPLE_VALUES.charAt(at));
                i += 2;
            }
            run = i;
        }
        return i < length ? value.append(new String(body, run, i - run, StandardCharsets.UTF_8)).toString() : null;
    }

    /** @return whether {@code name} satisfies the alias pattern */
    public static boolean isAliasName(String name) {
        return ALIAS.matcher(name).matches();
    }

    /** The alias pattern as AWS's validator quotes it. */
    public static String aliasPattern() {
        return ALIAS.pattern();
    }
}
