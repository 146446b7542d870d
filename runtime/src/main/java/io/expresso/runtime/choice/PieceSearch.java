package io.expresso.runtime.choice;

/**
 * Finds one literal piece of a {@code StringMatches} pattern in a text in time linear in the text
 * (Knuth–Morris–Pratt). {@link String#indexOf(String, int)} may compare the whole piece at every
 * offset: a long piece such as {@code aaa…ab} against a long run of {@code a} costs their product.
 */
final class PieceSearch {

    private final String piece;
    /** For each prefix of the piece, the length of its longest proper prefix that is also its suffix. */
    private final int[] fallback;

    PieceSearch(String piece) {
        this.piece = piece;
        this.fallback = new int[piece.length()];
        int k = 0;
        for (int i = 1; i < piece.length(); i++) {
            while (k > 0 && piece.charAt(i) != piece.charAt(k)) {
                k = fallback[k - 1];
            }
            if (piece.charAt(i) == piece.charAt(k)) {
                k++;
            }
            fallback[i] = k;
        }
    }

    /** @return where the first occurrence of the piece within {@code text[from, limit)} starts, or -1 */
    int find(String text, int from, int limit) {
        int length = piece.length();
        int matched = 0;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            while (matched > 0 && piece.charAt(matched) != c) {
                matched = fallback[matched - 1];
            }
            if (piece.charAt(matched) == c && ++matched == length) {
                return i - length + 1;
            }
        }
        return -1;
    }
}
