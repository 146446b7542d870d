package io.expresso.runtime.compile;

import java.util.ArrayList;
import java.util.List;

/** Splits a {@code StringMatches} pattern at its unescaped {@code *}, removing the {@code \*} and {@code \\} escapes. */
final class GlobPieces {

    private GlobPieces() {
    }

    static String[] split(String pattern) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                piece.append(pattern.charAt(++i));
            } else if (c == '*') {
                pieces.add(piece.toString());
                piece.setLength(0);
            } else {
                piece.append(c);
            }
        }
        pieces.add(piece.toString());
        return pieces.toArray(new String[0]);
    }
}
