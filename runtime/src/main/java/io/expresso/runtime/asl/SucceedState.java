package io.expresso.runtime.asl;

/** A Succeed state: ends its scope successfully with {@code OutputPath(InputPath(input))}. */
public record SucceedState(String name, String comment, String inputPath, String outputPath) implements State {

    @Override
    public StateType type() {
        return StateType.SUCCEED;
    }
}
