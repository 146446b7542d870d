package io.expresso.http.api;

import java.util.regex.Pattern;

/** AWS's name rules (api.md §1.7). */
public final class Names {

    /** Whitespace, brackets, wildcards, specials and control characters may not appear in a name. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "[\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\x00-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF\\uD800-\\uDFFF]");
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

    /** @return whether {@code name} satisfies the alias pattern */
    public static boolean isAliasName(String name) {
        return ALIAS.matcher(name).matches();
    }

    /** The alias pattern as AWS's validator quotes it. */
    public static String aliasPattern() {
        return ALIAS.pattern();
    }
}
