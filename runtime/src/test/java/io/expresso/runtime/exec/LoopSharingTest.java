package io.expresso.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.ExecutionStatus;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.RuntimeConfig;
import io.expresso.runtime.StateMachine;
import io.expresso.runtime.task.TaskHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Executions that never wait share their loop: they give it back after a slice of steps, so timers,
 * other executions and their own time limits run beside them. Every test here would hang, not
 * fail, if an execution kept its loop; the class-wide timeout turns that into a failure.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LoopSharingTest {

    private static final int LOOPS = 2;

    /** A Choice that loops to itself: no state ever waits. */
    private static final String SPIN_CHOICE = "{\"TimeoutSeconds\": 10, \"StartAt\": \"Spin\", \"States\": {"
            + "\"Spin\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.go\", \"BooleanEquals\": true,"
            + " \"Next\": \"Spin\"}], \"Default\": \"Done\"}, \"Done\": {\"Type\": \"Succeed\"}}}";

    /** A Pass doing intrinsic work and a Choice going back to it, forever. */
    private static final String SPIN_INTRINSICS = "{\"TimeoutSeconds\": 10, \"StartAt\": \"Work\", \"States\": {"
            + "\"Work\": {\"Type\": \"Pass\", \"Parameters\": {\"n.$\": \"States.MathAdd($.n, 1)\","
            + " \"h.$\": \"States.Hash(States.Format('{}-{}', $.n, $.h), 'SHA-256')\"}, \"Next\": \"Again\"},"
            + "\"Again\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.n\", \"NumericGreaterThan\": -1,"
            + " \"Next\": \"Work\"}], \"Default\": \"Done\"}, \"Done\": {\"Type\": \"Succeed\"}}}";

    /** A Map whose every item spins: a thousand frames of one execution, none of them waiting. */
    private static final String SPIN_IN_MAP = "{\"TimeoutSeconds\": 10, \"StartAt\": \"Fan\", \"States\": {"
            + "\"Fan\": {\"Type\": \"Map\", \"ItemsPath\": \"$.items\", \"End\": true, \"ItemProcessor\": {"
            + "\"StartAt\": \"Spin\", \"States\": {\"Spin\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$\","
            + " \"NumericGreaterThan\": -1, \"Next\": \"Spin\"}], \"Default\": \"Done\"}, \"Done\": {\"Type\": \"Succeed\"}}}}}}";

    /** Parallel branches that spin, with no time limit of their own: only the 5-minute cap ends them. */
    private static final String SPIN_IN_PARALLEL = "{\"StartAt\": \"Both\", \"States\": {"
            + "\"Both\": {\"Type\": \"Parallel\", \"End\": true, \"Branches\": [" + branch("A") + ", " + branch("B") + "]}}}";

    private static final String SHORT = "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\","
            + " \"Result\": {\"ok\": true}, \"End\": true}}}";

    private static String branch(String name) {
        return "{\"StartAt\": \"" + name + "\", \"States\": {\"" + name + "\": {\"Type\": \"Pass\", \"Next\": \"" + name
                + "2\"}, \"" + name + "2\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.go\", \"BooleanEquals\": true,"
                + " \"Next\": \"" + name + "\"}], \"Default\": \"" + name + "End\"}, \"" + name + "End\": {\"Type\": \"Succeed\"}}}";
    }

    @Test
    void shouldTimeOutSpinningExecutionsWhileShortOnesOnTheSameLoopsComplete() throws Exception {
        // 10 s limits become 100 ms, and the 5-minute cap 3 s.
        try (Expresso expresso = Expresso.start(new RuntimeConfig().eventLoops(LOOPS).timeScale(0.01))) {
            List<CompletableFuture<ExecutionResult>> spinning = new ArrayList<>();
            // Started from this thread, executions go to the loops in turn: each kind lands on every loop.
            for (int i = 0; i < LOOPS; i++) {
                spinning.add(run(expresso, SPIN_CHOICE, "{\"go\": true}"));
                spinning.add(run(expresso, SPIN_INTRINSICS, "{\"n\": 0, \"h\": \"\"}"));
                spinning.add(run(expresso, SPIN_IN_MAP, "{\"items\": " + zeros(1000) + "}"));
                spinning.add(run(expresso, SPIN_IN_PARALLEL, "{\"go\": true}"));
            }
            StateMachine quick = expresso.deploy("quick", SHORT);
            for (int i = 0; i < 200; i++) {
                ExecutionResult result = expresso.execute(quick, JsonObject.EMPTY).toCompletableFuture().get();
                assertEquals(ExecutionStatus.SUCCEEDED, result.status());
            }
            for (CompletableFuture<ExecutionResult> run : spinning) {
                ExecutionResult result = run.get();
                assertEquals(ExecutionStatus.TIMED_OUT, result.status(), result.toString());
                assertEquals("States.Timeout", result.error());
            }
            assertEquals(0, expresso.inFlight());
        }
    }

    @Test
    void shouldRunAHundredThousandIterationLoopToItsEnd() throws Exception {
        String counter = "{\"StartAt\": \"Add\", \"States\": {"
                + "\"Add\": {\"Type\": \"Pass\", \"Parameters\": {\"n.$\": \"States.MathAdd($.n, 1)\"}, \"Next\": \"Check\"},"
                + "\"Check\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.n\", \"NumericLessThan\": 100000,"
                + " \"Next\": \"Add\"}], \"Default\": \"Done\"}, \"Done\": {\"Type\": \"Succeed\"}}}";
        try (Expresso expresso = Expresso.start(new RuntimeConfig().eventLoops(1))) {
            ExecutionResult result = run(expresso, counter, "{\"n\": 0}").get();

            assertEquals(ExecutionStatus.SUCCEEDED, result.status(), result.toString());
            assertEquals(parse("{\"n\": 100000}"), result.output());
        }
    }

    @Test
    void shouldRunEveryItemOfALargeInlineMap() throws Exception {
        String map = "{\"StartAt\": \"Fan\", \"States\": {\"Fan\": {\"Type\": \"Map\", \"End\": true,"
                + " \"ItemProcessor\": {\"StartAt\": \"Twice\", \"States\": {\"Twice\": {\"Type\": \"Pass\","
                + " \"Parameters\": {\"v.$\": \"States.MathAdd($, $)\"}, \"OutputPath\": \"$.v\", \"End\": true}}}}}}";
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) {
            items.append(i == 0 ? "" : ",").append(i);
        }
        try (Expresso expresso = Expresso.start(new RuntimeConfig().eventLoops(1))) {
            ExecutionResult result = run(expresso, map, items.append(']').toString()).get();

            assertEquals(ExecutionStatus.SUCCEEDED, result.status(), result.toString());
            assertEquals(20_000, ((io.expresso.codec.json.JsonArray) result.output()).size());
            assertEquals(parse("39998"), ((io.expresso.codec.json.JsonArray) result.output()).get(19_999));
        }
    }

    @Test
    void shouldStopASpinningBranchWhenItsSiblingFails() throws Exception {
        String definition = "{\"StartAt\": \"Both\", \"States\": {\"Both\": {\"Type\": \"Parallel\", \"End\": true,"
                + " \"Branches\": [" + branch("A") + ", {\"StartAt\": \"W\", \"States\": {\"W\": {\"Type\": \"Wait\","
                + " \"Seconds\": 1, \"Next\": \"F\"}, \"F\": {\"Type\": \"Fail\", \"Error\": \"Boom\", \"Cause\": \"late\"}}}]}}}";
        try (Expresso expresso = Expresso.start(new RuntimeConfig().eventLoops(1).timeScale(0.05))) {
            ExecutionResult result = run(expresso, definition, "{\"go\": true}").get();

            assertEquals(ExecutionStatus.FAILED, result.status(), result.toString());
            assertEquals("Boom", result.error());
            assertEquals(0, expresso.inFlight());
        }
    }

    @Test
    void shouldAbortSpinningExecutionsWhenTheRuntimeShutsDown() throws Exception {
        Expresso expresso = Expresso.start(new RuntimeConfig().eventLoops(LOOPS));
        List<CompletableFuture<ExecutionResult>> spinning = new ArrayList<>();
        for (int i = 0; i < 2 * LOOPS; i++) {
            spinning.add(run(expresso, SPIN_CHOICE, "{\"go\": true}"));
        }

        assertFalse(expresso.shutdown(Duration.ofMillis(100)));

        for (CompletableFuture<ExecutionResult> run : spinning) {
            ExecutionResult result = run.get();
            assertEquals(ExecutionStatus.ABORTED, result.status());
            assertEquals("States.Aborted", result.error());
        }
    }

    @Test
    void shouldFailTheExecutionAndFreeItsSlotWhenSomethingThrowsInsideIt() throws Exception {
        String resource = "arn:aws:states:::sqs:sendMessage";
        TaskHandlers handlers = new TaskHandlers().register(resource, invocation -> {
            throw new StackOverflowError();
        });
        String definition = "{\"StartAt\": \"Send\", \"States\": {\"Send\": {\"Type\": \"Task\", \"Resource\": \""
                + resource + "\", \"End\": true}}}";
        try (Expresso expresso = Expresso.start(new RuntimeConfig().eventLoops(1).maxInFlight(1).taskHandlers(handlers))) {
            StateMachine machine = expresso.deploy("thrower", definition);
            for (int i = 0; i < 3; i++) {
                // With one slot, a second start would be refused if the first had kept it.
                ExecutionResult result = expresso.execute(machine, JsonObject.EMPTY).toCompletableFuture().get();

                assertEquals(ExecutionStatus.FAILED, result.status());
                assertEquals("States.Runtime", result.error());
                assertTrue(result.cause().startsWith("An error occurred while executing the state 'Send'"), result.cause());
                assertFalse(result.cause().contains("java."), result.cause());
                assertFalse(result.cause().contains("Error"), result.cause());
            }
            assertEquals(0, expresso.inFlight());
        }
    }

    private static CompletableFuture<ExecutionResult> run(Expresso expresso, String definition, String input) {
        StateMachine machine = expresso.deploy("m" + Integer.toHexString(definition.hashCode()), definition);
        return expresso.execute(machine, input.getBytes(StandardCharsets.UTF_8)).toCompletableFuture();
    }

    private static String zeros(int count) {
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            items.append(i == 0 ? "0" : ",0");
        }
        return items.append(']').toString();
    }

    private static Json parse(String json) {
        return JsonParser.parse(json.getBytes(StandardCharsets.UTF_8), json.length());
    }
}
