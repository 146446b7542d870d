package io.expresso.runtime.asl;

/**
 * A Wait state; exactly one of {@code seconds}, {@code timestamp}, {@code secondsPath},
 * {@code timestampPath} is set.
 *
 * @param seconds       literal seconds, or {@code null}
 * @param timestamp     literal RFC 3339 timestamp, or {@code null}
 * @param secondsPath   reference path to the seconds, or {@code null}
 * @param timestampPath reference path to the timestamp, or {@code null}
 */
public record WaitState(String name, String comment, String inputPath, String outputPath, Integer seconds,
                        String timestamp, String secondsPath, String timestampPath, String next)
        implements State, TransitionState {

    @Override
    public StateType type() {
        return StateType.WAIT;
    }
}
