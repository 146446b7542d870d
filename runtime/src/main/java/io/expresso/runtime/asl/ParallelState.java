package io.expresso.runtime.asl;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import java.util.List;

/**
 * A Parallel state.
 *
 * @param branches       the branches, in result order, non-empty
 * @param parameters     the {@code Parameters} template (any JSON value), or {@code null}
 * @param resultSelector the {@code ResultSelector} template, or {@code null}
 */
public record ParallelState(String name, String comment, String inputPath, String outputPath, List<Branch> branches,
                            Json parameters, JsonObject resultSelector, String resultPath,
                            List<Retrier> retry, List<Catcher> catchers, String next)
        implements State, TransitionState, ErrorHandlingState {

    public ParallelState {
        branches = List.copyOf(branches);
        retry = List.copyOf(retry);
        catchers = List.copyOf(catchers);
    }

    @Override
    public StateType type() {
        return StateType.PARALLEL;
    }
}
