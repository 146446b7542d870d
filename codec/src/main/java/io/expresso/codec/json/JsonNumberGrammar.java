package io.expresso.codec.json;

/** The JSON number grammar (RFC 8259 §6), checked over bytes or characters. */
final class JsonNumberGrammar {

    private JsonNumberGrammar() {
    }

    /** @return the index after the longest JSON number starting at {@code from}, or {@code from} if none */
    static int scan(byte[] in, int from, int limit) {
        int i = from;
        if (i < limit && in[i] == '-') {
            i++;
        }
        if (i >= limit) {
            return from;
        }
        if (in[i] == '0') {
            i++;
        } else if (in[i] >= '1' && in[i] <= '9') {
            while (i < limit && isDigit(in[i])) {
                i++;
            }
        } else {
            return from;
        }
        if (i < limit && in[i] == '.') {
            int digits = ++i;
            while (i < limit && isDigit(in[i])) {
                i++;
            }
            if (i == digits) {
                return from;
            }
        }
        if (i < limit && (in[i] == 'e' || in[i] == 'E')) {
            i++;
            if (i < limit && (in[i] == '+' || in[i] == '-')) {
                i++;
            }
            int digits = i;
            while (i < limit && isDigit(in[i])) {
                i++;
            }
            if (i == digits) {
                return from;
            }
        }
        return i;
    }

    /** @return whether the lexeme in {@code [from, to)} has neither fraction nor exponent */
    static boolean isIntegerLexeme(byte[] in, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = in[i];
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
