package io.expresso.runtime.choice;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.path.PathExpression;

/**
 * {@code StringMatches}: {@code *} matches any run of characters, {@code \*} and {@code \\} are
 * literal, everything else matches itself, and the whole string must match
 * (docs/semantics/choice-and-wait.md#stringmatches).
 */
public final class StringMatches extends Comparison {

    /**
     * Pieces up to this long are found with {@link String#indexOf(String, int)}, whose cost per
     * text character is bounded by the piece's length; longer ones with {@link PieceSearch}, whose
     * cost is linear whatever the piece and text.
     */
    private static final int SHORT_PIECE = 16;

    /** The literal pieces between wildcards; a pattern of n stars has n + 1 pieces. */
    private final String[] pieces;
    /** A search for each middle piece longer than {@link #SHORT_PIECE}, else {@code null}. */
    private final PieceSearch[] searches;

    /** @param pieces the pattern split at its unescaped stars, escapes already removed */
    public StringMatches(PathExpression variable, String[] pieces) {
        super(variable);
        this.pieces = pieces.clone();
        this.searches = new PieceSearch[pieces.length];
        for (int i = 1; i < pieces.length - 1; i++) {
            if (pieces[i].length() > SHORT_PIECE) {
                searches[i] = new PieceSearch(pieces[i]);
            }
        }
    }

    @Override
    int compare(Json value, Json input, EvalScope scope) {
        return of(value instanceof JsonString && matches(((JsonString) value).value()));
    }

    private boolean matches(String text) {
        String first = pieces[0];
        if (pieces.length == 1) {
            return text.equals(first);
        }
        String last = pieces[pieces.length - 1];
        if (!text.startsWith(first) || text.length() - first.length() < last.length() || !text.endsWith(last)) {
            return false;
        }
        // Greedy left-to-right placement of the middle pieces is optimal between fixed ends.
        int at = first.length();
        int limit = text.length() - last.length();
        for (int i = 1; i < pieces.length - 1; i++) {
            int found = searches[i] == null ? text.indexOf(pieces[i], at) : searches[i].find(text, at, limit);
            if (found < 0 || found + pieces[i].length() > limit) {
                return false;
            }
            at = found + pieces[i].length();
        }
        return true;
    }
}
