package io.expresso.runtime.integration.http;

import java.util.Arrays;

/** The HTTP Task's enumerated fields by their exact names, as a definition writes them. */
final class EnumText {

    private EnumText() {
    }

    /** @return the constant named exactly {@code name} (case-sensitive, as AWS reads it), or {@code null} */
    static <E extends Enum<E>> E find(E[] constants, String name) {
        for (E constant : constants) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    static String[] names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toArray(String[]::new);
    }
}
