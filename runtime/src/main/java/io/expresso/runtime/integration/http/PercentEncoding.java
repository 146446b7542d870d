package io.expresso.runtime.integration.http;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding of query and form text: everything but the unreserved characters
 * {@code A-Z a-z 0-9 - . _ ~} becomes {@code %XX} of its UTF-8 bytes. A space is {@code %20}, not
 * {@code +}, and brackets in keys are escaped, as AWS's recorded form body shows
 * ({@code description=Monthly%20subscription&metadata%5Border_details%5D=…}); every form and
 * query parser reads this back the same.
 */
final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** What a query string given whole keeps as written (RFC 3986 §3.4), with existing escapes. */
    private static final String QUERY_DELIMITERS = "!$&'()*+,;=:@/?%";

    private PercentEncoding() {
    }

    /** Appends {@code text} with everything but the unreserved characters escaped. */
    static void append(StringBuilder out, String text) {
        encode(out, text, false);
    }

    /** Appends a query string given whole, escaping only what may not appear in a URI query. */
    static void appendQueryText(StringBuilder out, String text) {
        encode(out, text, true);
    }

    private static void encode(StringBuilder out, String text, boolean keepQueryDelimiters) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isUnreserved(c) || (keepQueryDelimiters && QUERY_DELIMITERS.indexOf(c) >= 0)) {
                out.append(c);
                i++;
            } else {
                i = appendEscaped(out, text, i);
            }
        }
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** Escapes the code point at {@code i} (a surrogate pair is one); returns the index after it. */
    private static int appendEscaped(StringBuilder out, String text, int i) {
        int end = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1)) ? i + 2 : i + 1;
        for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        return end;
    }
}
