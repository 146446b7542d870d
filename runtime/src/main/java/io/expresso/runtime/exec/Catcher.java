package io.expresso.runtime.exec;

import io.expresso.codec.path.ResultPathWriter;

/** One {@code Catch} entry: which errors, where the error object goes, and the state to go to. */
public final class Catcher implements Linked {

    private final ErrorMatcher matcher;
    final ResultPathWriter resultPath;
    StateNode next;

    public Catcher(ErrorMatcher matcher, ResultPathWriter resultPath) {
        this.matcher = matcher;
        this.resultPath = resultPath;
    }

    @Override
    public void link(StateNode next) {
        this.next = next;
    }

    boolean matches(String error) {
        return matcher.matches(error);
    }
}
