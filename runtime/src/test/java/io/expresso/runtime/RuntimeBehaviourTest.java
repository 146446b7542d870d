package io.expresso.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.exec.ExecutionRejectedException;
import io.expresso.runtime.task.TaskHandler;
import io.expresso.runtime.task.TaskHandlers;
import io.expresso.runtime.task.TaskInvocation;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** How the runtime behaves as a whole: admission, shutdown, stack depth, handler completions, concurrency. */
class RuntimeBehaviourTest {

    private static final String HELD = "arn:aws:states:::sqs:sendMessage";
    private static final String ECHO = "arn:aws:states:::sns:publish";
    /** Small enough that recursion per state or per iteration would overflow it quickly. */
    private static final long SMALL_STACK_BYTES = 256 * 1024;

    /** Holds every invocation until the test completes it. */
    private final Queue<TaskInvocation> held = new ConcurrentLinkedQueue<>();
    private final Semaphore invoked = new Semaphore(0);
    private final TaskHandlers handlers = new TaskHandlers()
            .register(HELD, invocation -> {
                held.add(invocation);
                invoked.release();
            })
            .register(ECHO, TaskHandler.of(input -> input));

    @Test
    void shouldThrottleWhenInFlightLimitReached() throws Exception {
        try (Expresso expresso = start(new RuntimeConfig().maxInFlight(2))) {
            StateMachine machine = expresso.deploy("held", task(HELD));
            CompletionStage<ExecutionResult> first = expresso.execute(machine, JsonObject.EMPTY);
            CompletionStage<ExecutionResult> second = expresso.execute(machine, JsonObject.EMPTY);
            assertTrue(invoked.tryAcquire(2, 10, TimeUnit.SECONDS));
            for (int i = 0; i < 1_000; i++) {
                assertEquals(ExecutionRejectedException.Reason.THROTTLED, rejection(expresso.execute(machine, JsonObject.EMPTY)));
            }
            assertEquals(2, expresso.inFlight(), "refused starts hold nothing");

            completeHeld(JsonString.of("done"));
            assertEquals(ExecutionStatus.SUCCEEDED, result(first).status());
            assertEquals(ExecutionStatus.SUCCEEDED, result(second).status());
            StateMachine echo = expresso.deploy("echo", task(ECHO));
            assertEquals(JsonString.of("again"), result(expresso.execute(echo, JsonString.of("again"))).output());
            assertEquals(0, expresso.inFlight());
        }
    }

    @Test
    void shouldDrainInFlightExecutionsAndRefuseNewStartsOnShutdown() throws Exception {
        Expresso expresso = start(new RuntimeConfig());
        StateMachine machine = expresso.deploy("held", task(HELD));
        StateMachine pass = expresso.deploy("pass", PASS);
        CompletionStage<ExecutionResult> running = expresso.execute(machine, JsonObject.EMPTY);
        assertTrue(invoked.tryAcquire(10, TimeUnit.SECONDS));
        CompletableFuture<Boolean> drained = CompletableFuture.supplyAsync(() -> shutdown(expresso, Duration.ofSeconds(30)));
        while (!refused(expresso.execute(pass, JsonObject.EMPTY))) {
            Thread.onSpinWait();
        }
        assertFalse(drained.isDone(), "shutdown waits for the running execution");

        completeHeld(JsonString.of("finished"));
        assertTrue(drained.get(10, TimeUnit.SECONDS));
        ExecutionResult result = result(running);
        assertEquals(ExecutionStatus.SUCCEEDED, result.status());
        assertEquals(JsonString.of("finished"), result.output());
        assertEquals(ExecutionRejectedException.Reason.SHUTTING_DOWN, rejection(expresso.execute(pass, JsonObject.EMPTY)));
    }

    @Test
    void shouldAbortExecutionsStillRunningAfterTheDrainDeadline() throws Exception {
        Expresso expresso = start(new RuntimeConfig());
        StateMachine machine = expresso.deploy("held", task(HELD));
        CompletionStage<ExecutionResult> running = expresso.execute(machine, JsonObject.EMPTY);
        assertTrue(invoked.tryAcquire(10, TimeUnit.SECONDS));

        assertFalse(expresso.shutdown(Duration.ofMillis(20)));
        assertEquals(ExecutionStatus.ABORTED, result(running).status());
        assertEquals(0, expresso.inFlight());
        completeHeld(JsonString.of("too late"));
    }

    @Test
    void shouldRunHundredThousandIterationChoiceLoopWithoutStackGrowth() throws Exception {
        String loop = """
                {"StartAt": "Init", "States": {
                  "Init": {"Type": "Pass", "Result": 0, "ResultPath": "$.i", "Next": "Loop"},
                  "Loop": {"Type": "Choice", "Choices": [{"Variable": "$.i", "NumericLessThan": 100000, "Next": "Inc"}],
                           "Default": "Done"},
                  "Inc": {"Type": "Pass", "Parameters": {"i.$": "States.MathAdd($.i, 1)"}, "Next": "Loop"},
                  "Done": {"Type": "Succeed"}}}""";
        EventLoopGroup loops = smallStackLoops();
        try (Expresso expresso = Expresso.start(new RuntimeConfig().taskHandlers(handlers), loops)) {
            ExecutionResult result = result(expresso.execute(expresso.deploy("loop", loop), JsonObject.EMPTY));
            assertEquals(ExecutionStatus.SUCCEEDED, result.status(), result::toString);
            assertEquals(JsonParser.parse("{\"i\":100000}"), result.output());
        } finally {
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).await();
        }
    }

    @Test
    void shouldRunThousandItemMapWithMaxConcurrencyOneAndSynchronousIterationsWithoutStackGrowth() throws Exception {
        String map = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": 1, "End": true,
                  "ItemProcessor": {"StartAt": "T", "States": {
                    "T": {"Type": "Task", "Resource": "%s", "Next": "P"},
                    "P": {"Type": "Pass", "End": true}}}}}}""".formatted(ECHO);
        JsonArray.Builder items = new JsonArray.Builder(1_000);
        for (int i = 0; i < 1_000; i++) {
            items.add(JsonNumber.of(i));
        }
        JsonArray input = items.build();
        EventLoopGroup loops = smallStackLoops();
        try (Expresso expresso = Expresso.start(new RuntimeConfig().taskHandlers(handlers), loops)) {
            ExecutionResult result = result(expresso.execute(expresso.deploy("map", map), input));
            assertEquals(ExecutionStatus.SUCCEEDED, result.status(), result::toString);
            assertEquals(input, result.output());
        } finally {
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).await();
        }
    }

    @Test
    void shouldResumeExecutionWhenHandlerCompletesFromAnotherThread() throws Exception {
        AtomicReference<Thread> handlerThread = new AtomicReference<>();
        AtomicReference<Thread> completingThread = new AtomicReference<>();
        handlers.register("elsewhere", invocation -> {
            handlerThread.set(Thread.currentThread());
            Thread thread = new Thread(() -> invocation.succeed(JsonString.of("from " + Thread.currentThread().getName())),
                    "completer");
            completingThread.set(thread);
            thread.start();
        });
        try (Expresso expresso = start(new RuntimeConfig())) {
            String definition = """
                    {"StartAt": "T", "States": {
                      "T": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:elsewhere",
                            "ResultPath": "$.r", "Next": "P"},
                      "P": {"Type": "Pass", "End": true}}}""";
            ExecutionResult result = result(expresso.execute(expresso.deploy("elsewhere", definition), JsonObject.EMPTY));
            assertEquals(JsonParser.parse("{\"r\":\"from completer\"}"), result.output());
            assertNotEquals(completingThread.get(), handlerThread.get());
        }
    }

    @Test
    void shouldIgnoreSecondCompletionOfHandler() throws Exception {
        handlers.register("twice", invocation -> {
            invocation.succeed(JsonString.of("first"));
            invocation.succeed(JsonString.of("second"));
            invocation.fail("Late", "ignored");
        });
        handlers.register("twiceElsewhere", invocation -> new Thread(() -> {
            invocation.fail("First", "wins");
            invocation.succeed(JsonString.of("ignored"));
        }).start());
        try (Expresso expresso = start(new RuntimeConfig())) {
            String definition = """
                    {"StartAt": "A", "States": {
                      "A": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:twice",
                            "ResultPath": "$.a", "Next": "B"},
                      "B": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:twiceElsewhere",
                            "End": true}}}""";
            ExecutionResult result = result(expresso.execute(expresso.deploy("twice", definition), JsonObject.EMPTY));
            assertEquals(ExecutionStatus.FAILED, result.status());
            assertEquals("First", result.error());
            assertEquals("wins", result.cause());
        }
    }

    @Test
    void shouldIgnoreCompletionAfterTaskTimedOut() throws Exception {
        try (Expresso expresso = start(new RuntimeConfig().timeScale(0.001))) {
            String definition = """
                    {"StartAt": "T", "States": {
                      "T": {"Type": "Task", "Resource": "%s", "TimeoutSeconds": 1,
                            "Catch": [{"ErrorEquals": ["States.Timeout"], "Next": "Timed out"}], "End": true},
                      "Timed out": {"Type": "Pass", "End": true}}}""".formatted(HELD);
            CompletionStage<ExecutionResult> execution = expresso.execute(expresso.deploy("timeout", definition), JsonObject.EMPTY);
            ExecutionResult result = result(execution);
            assertEquals(JsonParser.parse("{\"Error\":\"States.Timeout\",\"Cause\":\"\"}"), result.output());

            completeHeld(JsonString.of("late"));
            assertEquals(result, result(execution), "the late completion changes nothing");
            assertEquals(0, expresso.inFlight());
        }
    }

    @Test
    void shouldCompleteManyConcurrentExecutionsCorrectlyOnTwoLoops() throws Exception {
        handlers.register("async", invocation -> CompletableFuture.runAsync(() -> invocation.succeed(invocation.input())));
        String definition = """
                {"StartAt": "Fan", "States": {
                  "Fan": {"Type": "Map", "ItemsPath": "$.items", "ResultPath": "$.mapped", "Next": "Both",
                    "ItemSelector": {"n.$": "$$.Map.Item.Value", "id.$": "$.id"},
                    "ItemProcessor": {"StartAt": "Echo", "States": {
                      "Echo": {"Type": "Task", "Resource": "%s", "OutputPath": "$.n", "End": true}}}},
                  "Both": {"Type": "Parallel", "ResultPath": "$.both", "End": true, "Branches": [
                    {"StartAt": "Async", "States": {"Async": {"Type": "Task",
                      "Resource": "arn:aws:lambda:us-east-1:123456789012:function:async", "OutputPath": "$.id", "End": true}}},
                    {"StartAt": "Wait", "States": {"Wait": {"Type": "Wait", "Seconds": 1, "Next": "Id"},
                      "Id": {"Type": "Pass", "InputPath": "$.id", "End": true}}}]}}}""".formatted(ECHO);
        try (Expresso expresso = start(new RuntimeConfig().eventLoops(2).timeScale(0.05))) {
            StateMachine machine = expresso.deploy("many", definition);
            List<CompletableFuture<ExecutionResult>> runs = new ArrayList<>();
            for (int id = 0; id < 5_000; id++) {
                Json input = JsonParser.parse("{\"id\":" + id + ",\"items\":[" + id + "," + (id + 1) + "]}");
                runs.add(expresso.execute(machine, input).toCompletableFuture());
            }
            for (int id = 0; id < runs.size(); id++) {
                ExecutionResult result = runs.get(id).get(30, TimeUnit.SECONDS);
                assertEquals(JsonParser.parse("{\"id\":" + id + ",\"items\":[" + id + "," + (id + 1) + "],\"mapped\":["
                        + id + "," + (id + 1) + "],\"both\":[" + id + "," + id + "]}"), result.output(), result::toString);
            }
            assertEquals(0, expresso.inFlight());
        }
    }

    private static final String PASS = "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}";

    private static String task(String resource) {
        return "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"" + resource
                + "\", \"End\": true}}}";
    }

    private Expresso start(RuntimeConfig config) {
        return Expresso.start(config.taskHandlers(handlers));
    }

    private static EventLoopGroup smallStackLoops() {
        ThreadFactory smallStack = runnable -> new Thread(null, runnable, "small-stack", SMALL_STACK_BYTES);
        return new MultiThreadIoEventLoopGroup(1, smallStack, NioIoHandler.newFactory());
    }

    private void completeHeld(Json value) {
        for (TaskInvocation invocation = held.poll(); invocation != null; invocation = held.poll()) {
            invocation.succeed(value);
        }
    }

    private static ExecutionResult result(CompletionStage<ExecutionResult> stage) throws Exception {
        return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static ExecutionRejectedException.Reason rejection(CompletionStage<ExecutionResult> stage) throws Exception {
        try {
            stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return assertInstanceOf(ExecutionRejectedException.class, e.getCause()).reason();
        }
        throw new AssertionError("the start was accepted");
    }

    private static boolean refused(CompletionStage<ExecutionResult> stage) {
        CompletableFuture<ExecutionResult> future = stage.toCompletableFuture();
        return future.isCompletedExceptionally();
    }

    private static boolean shutdown(Expresso expresso, Duration drain) {
        try {
            return expresso.shutdown(drain);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
