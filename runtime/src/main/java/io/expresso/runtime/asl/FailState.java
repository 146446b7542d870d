package io.expresso.runtime.asl;

/**
 * A Fail state; {@code error}/{@code errorPath} and {@code cause}/{@code causePath} are each at most one set.
 *
 * @param error     the literal error name, or {@code null}
 * @param errorPath a reference path or intrinsic call giving the error name, or {@code null}
 * @param cause     the literal cause, or {@code null}
 * @param causePath a reference path or intrinsic call giving the cause, or {@code null}
 */
public record FailState(String name, String comment, String error, String errorPath, String cause, String causePath)
        implements State {

    @Override
    public StateType type() {
        return StateType.FAIL;
    }
}
