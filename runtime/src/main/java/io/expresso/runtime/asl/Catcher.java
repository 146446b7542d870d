package io.expresso.runtime.asl;

import java.util.List;

/**
 * One element of a {@code Catch} array.
 *
 * @param errorEquals the error names it matches, non-empty
 * @param next        the state to go to
 * @param resultPath  where the error object goes in the raw input; {@code "$"} when absent, {@code null} to drop it
 * @param comment     the {@code Comment}, or {@code null}
 */
public record Catcher(List<String> errorEquals, String next, String resultPath, String comment) {

    public Catcher {
        errorEquals = List.copyOf(errorEquals);
    }
}
