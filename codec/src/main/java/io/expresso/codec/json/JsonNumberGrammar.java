package io.expresso.codec.json;

/** The JSON number grammar (RFC 8259 §6), checked over bytes or characters. */
final class JsonNumberGrammar {

    private static final String LONG_MAX_DIGITS = Long.toString(Long.MAX_VALUE);
    private static final String LONG_MIN_DIGITS = Long.toString(Long.MIN_VALUE).substring(1);

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

    /**
     * @return whether the integer lexeme in {@code [from, to)} (no leading zeros) lies in the
     *     {@code long} range, decided by comparing its digits with the range's ends
     */
    static boolean fitsLong(byte[] in, int from, int to) {
        boolean negative = in[from] == '-';
        int first = negative ? from + 1 : from;
        String bound = negative ? LONG_MIN_DIGITS : LONG_MAX_DIGITS;
        int digits = to - first;
        if (digits != bound.length()) {
            return digits < bound.length();
        }
        for (int i = 0; i < digits; i++) {
            int diff = in[first + i] - bound.charAt(i);
            if (diff != 0) {
                return diff < 0;
            }
        }
        return true;
    }

    /** @return how many digits the exponent of the lexeme in {@code [from, to)} has, leading zeros aside; 0 if none */
    static int exponentDigits(byte[] in, int from, int to) {
        int i = from;
        while (i < to && in[i] != 'e' && in[i] != 'E') {
            i++;
        }
        if (i == to) {
            return 0;
        }
        i++;
        if (in[i] == '+' || in[i] == '-') {
            i++;
        }
        while (i < to && in[i] == '0') {
            i++;
        }
        return to - i;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
