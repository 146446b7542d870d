package io.expresso.codec.intrinsic;

import java.util.Arrays;

/**
 * A Base64 decoder that never rejects its input, matching what AWS returns for malformed text
 * (missing or misplaced padding, spaces, junk): characters outside the alphabet are skipped, the
 * first {@code =} ends the data, and a final partial group yields the whole bytes it holds (two
 * characters give one byte, three give two, a lone character none). Both the standard
 * ({@code +/}) and the URL-safe ({@code -_}) alphabets are read.
 */
final class LenientBase64 {

    private static final byte[] VALUES = new byte[128];

    static {
        Arrays.fill(VALUES, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUES[alphabet.charAt(i)] = (byte) i;
        }
        VALUES['-'] = 62;
        VALUES['_'] = 63;
    }

    private LenientBase64() {
    }

    static byte[] decode(String text) {
        byte[] out = new byte[text.length() / 4 * 3 + 2];
        int size = 0;
        int bits = 0;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=') {
                break;
            }
            int value = c < 128 ? VALUES[c] : -1;
            if (value < 0) {
                continue;
            }
            bits = (bits << 6) | value;
            if (++count == 4) {
                out[size++] = (byte) (bits >> 16);
                out[size++] = (byte) (bits >> 8);
                out[size++] = (byte) bits;
                bits = 0;
                count = 0;
            }
        }
        if (count == 2) {
            out[size++] = (byte) (bits >> 4);
        } else if (count == 3) {
            out[size++] = (byte) (bits >> 10);
            out[size++] = (byte) (bits >> 2);
        }
        return Arrays.copyOf(out, size);
    }
}
