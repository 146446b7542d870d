package io.expresso.bench.fuzz;

import io.expresso.runtime.ExecutionResult;
import java.util.List;

/**
 * What the runner saw of one case, for {@link OutcomeOracle} to judge. At most one of the ending
 * fields is set: the deploy's exception, the execution's synchronous exception, the stage's
 * failure, or the result; none of them when the case hung.
 *
 * @param deployThrown what deploy threw, or {@code null}
 * @param executeThrown what starting the execution threw, or {@code null}
 * @param stageFailure what the execution's stage failed with, or {@code null}
 * @param result the execution's result, or {@code null}
 * @param hangStack the loop thread's stack when the case did not end within the runner's bound, or {@code null}
 * @param escaped Throwables the event loop caught from the case's tasks: each escaped the runtime
 * @param inFlightAfter the runtime's in-flight count once the case ended
 */
record Observation(Throwable deployThrown, Throwable executeThrown, Throwable stageFailure, ExecutionResult result,
    StackTraceElement[] hangStack, List<Throwable> escaped, int inFlightAfter) {
}
