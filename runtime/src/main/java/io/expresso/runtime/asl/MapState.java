package io.expresso.runtime.asl;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;

/**
 * An inline Map state. The legacy spellings are folded in: {@code Iterator} becomes the
 * {@code itemProcessor}, a Map's {@code Parameters} becomes the {@code itemSelector}.
 *
 * @param itemProcessor                  the per-item workflow
 * @param itemsPath                      reference path to the items array, {@code "$"} when absent
 * @param itemSelector                   the per-item input template (any JSON value), or {@code null}
 * @param maxConcurrency                 the literal concurrency cap (0 = none), or {@code null} when absent
 * @param maxConcurrencyPath             reference path to it, or {@code null}
 * @param toleratedFailureCount          literal count, or {@code null}
 * @param toleratedFailureCountPath      reference path to it, or {@code null}
 * @param toleratedFailurePercentage     literal percentage 0–100, or {@code null}
 * @param toleratedFailurePercentagePath reference path to it, or {@code null}
 * @param resultSelector                 the {@code ResultSelector} template, or {@code null}
 */
public record MapState(String name, String comment, String inputPath, String outputPath, ItemProcessor itemProcessor,
                       String itemsPath, Json itemSelector, Integer maxConcurrency, String maxConcurrencyPath,
                       Integer toleratedFailureCount, String toleratedFailureCountPath,
                       BigDecimal toleratedFailurePercentage, String toleratedFailurePercentagePath,
                       JsonObject resultSelector, String resultPath, List<Retrier> retry, List<Catcher> catchers,
                       String next) implements State, TransitionState, ErrorHandlingState {

    public MapState {
        retry = List.copyOf(retry);
        catchers = List.copyOf(catchers);
    }

    @Override
    public StateType type() {
        return StateType.MAP;
    }
}
