package io.expresso.runtime.net;

/** The character rules of RFC 9110 that requests are checked against before anything is sent. */
final class HttpSyntax {

    private HttpSyntax() {
    }

    /** @return whether {@code text} is a token: a method or a field name */
    static boolean isToken(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alphanumeric && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** @return whether {@code text} may be a field value: no CR, LF or NUL, which would end the field */
    static boolean isFieldValue(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == 0) {
                return false;
            }
        }
        return true;
    }
}
