package io.expresso.runtime.exec;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.runtime.mock.MockOutcome;
import io.expresso.runtime.task.ExchangeObserver;

/**
 * Runs one state of a machine on its own, as TestState does, through the same compiled nodes as
 * executions: the execution ends where the state leaves, naming the state it would go to; an
 * error that a retrier would retry ends it with the retrier and its back-off instead of waiting;
 * a Task, Map or Parallel state may take a mocked outcome instead of doing its work; paths read
 * the given context object and variables; a Wait state does not wait.
 *
 * <p>Filled in on the probe execution's loop and read once its result is in, which the result's
 * completion orders after every write.
 */
public final class StateProbe {

    /** Hears each value a state computes; a probe at TestState's INFO level has none. */
    @FunctionalInterface
    public interface Inspector {
        void step(InspectionStep step, Json value);
    }

    private final Inspector inspector;
    private final MockOutcome mock;
    private final int retryCount;
    private final JsonObject context;
    private final JsonObject variables;
    private final ExchangeObserver exchangeObserver;
    private String nextState;
    private int retryIndex = -1;
    private long retryBackoffSeconds;
    private int catchIndex = -1;
    private AslError caughtError;

    /**
     * @param inspector        hears each step, or {@code null}
     * @param mock             the outcome a Task, Map or Parallel state takes instead of its work, or {@code null}
     * @param retryCount       how many retries the state has already had
     * @param context          the context object {@code $$} paths read
     * @param variables        the workflow variables {@code $name} paths read
     * @param exchangeObserver who watches an HTTP Task's exchange, or {@code null}
     */
    public StateProbe(Inspector inspector, MockOutcome mock, int retryCount, JsonObject context, JsonObject variables,
            ExchangeObserver exchangeObserver) {
        this.inspector = inspector;
        this.mock = mock;
        this.retryCount = retryCount;
        this.context = context;
        this.variables = variables;
        this.exchangeObserver = exchangeObserver;
    }

    void inspect(InspectionStep step, Json value) {
        if (inspector != null && value != null) {
            inspector.step(step, value);
        }
    }

    MockOutcome mock() {
        return mock;
    }

    int retryCount() {
        return retryCount;
    }

    JsonObject context() {
        return context;
    }

    Json variable(String name) {
        return variables.get(name);
    }

    ExchangeObserver exchangeObserver() {
        return exchangeObserver;
    }

    void leftTo(StateNode next) {
        nextState = next.name();
    }

    void retriable(int retrier, long backoffSeconds) {
        retryIndex = retrier;
        retryBackoffSeconds = backoffSeconds;
    }

    void caught(int catcher, AslError error) {
        catchIndex = catcher;
        caughtError = error;
    }

    /** @return the state the tested state would go to, or {@code null} when it ended its machine or failed */
    public String nextState() {
        return nextState;
    }

    /** @return the retrier that would retry the state's error, or -1 when none would */
    public int retryIndex() {
        return retryIndex;
    }

    /** @return how long that retrier would wait before the retry, in whole seconds */
    public long retryBackoffSeconds() {
        return retryBackoffSeconds;
    }

    /** @return the catcher that took the state's error, or -1 when none did */
    public int catchIndex() {
        return catchIndex;
    }

    /** @return the error a catcher took, or {@code null} when none did */
    public AslError caughtError() {
        return caughtError;
    }
}
