package io.expresso.codec.path;

import java.util.regex.Pattern;

/**
 * Runs a filter's regular expression ({@code =~}) with a bound on its work.
 *
 * <p>{@code java.util.regex} backtracks: a pattern such as {@code (a|a)*b} takes exponential time
 * on a long run of {@code a}, and a repeated group recurses once per repetition, so a long enough
 * text exhausts the stack. The matcher reads the text through this view, which counts the reads
 * and gives up past a budget linear in the text's length. A match that gives up, or runs out of
 * stack, counts as no match: Jayway, which AWS runs, would go on until it finished or failed;
 * ours is a bounded answer.
 */
final class BoundedMatch implements CharSequence {

    /** Reads allowed per character of text; patterns that do not backtrack need a handful. */
    private static final long READS_PER_CHAR = 256;
    /** Reads allowed whatever the text, so short texts may backtrack freely. */
    private static final long MIN_READS = 100_000;
    /** Shared and without a stack trace: giving up allocates nothing. */
    private static final GaveUp GAVE_UP = new GaveUp();

    private final String text;
    private long budget;

    private BoundedMatch(String text) {
        this.text = text;
        this.budget = MIN_READS + READS_PER_CHAR * text.length();
    }

    /** @return whether the whole of {@code text} matches {@code pattern}; false if matching gives up */
    static boolean matches(Pattern pattern, String text) {
        try {
            return pattern.matcher(new BoundedMatch(text)).matches();
        } catch (GaveUp | StackOverflowError e) {
            return false;
        }
    }

    @Override
    public char charAt(int index) {
        if (--budget < 0) {
            throw GAVE_UP;
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Unwinds the matcher when the budget is spent. */
    private static final class GaveUp extends RuntimeException {
        GaveUp() {
            super("regular expression gave up", null, false, false);
        }
    }
}
