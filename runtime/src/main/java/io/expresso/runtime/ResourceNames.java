package io.expresso.runtime;

import java.util.regex.Pattern;

/** AWS's rule for state machine and execution names. */
public final class ResourceNames {

    /** 1–80 characters, none of whitespace, brackets, wildcards, specials or controls. */
    private static final Pattern NAME = Pattern.compile(
            "[^\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\x00-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]{1,80}");

    private ResourceNames() {
    }

    /** @return whether {@code name} is a valid state machine or execution name */
    public static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
