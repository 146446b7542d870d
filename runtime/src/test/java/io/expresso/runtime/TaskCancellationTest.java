package io.expresso.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.JsonObject;
import io.expresso.runtime.task.TaskHandlers;
import io.expresso.runtime.task.TaskInvocation;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The task SPI's cancellation hook: run on the execution's loop when the runtime gives up on an attempt. */
class TaskCancellationTest {

    private static final String HELD = "arn:aws:states:::sqs:sendMessage";
    private static final String ANSWERED = "arn:aws:states:::sns:publish";

    /** Completes with whether the hook ran on the execution's own loop. */
    private final CompletableFuture<Boolean> hookRan = new CompletableFuture<>();
    private final CompletableFuture<TaskInvocation> heldInvocation = new CompletableFuture<>();
    private final TaskHandlers handlers = new TaskHandlers()
            .register(HELD, invocation -> {
                invocation.onCancel(() -> hookRan.complete(invocation.executor().inEventLoop()));
                heldInvocation.complete(invocation);
            })
            .register(ANSWERED, invocation -> {
                invocation.onCancel(() -> hookRan.complete(invocation.executor().inEventLoop()));
                invocation.succeed(JsonObject.EMPTY);
            });

    @Test
    void shouldRunTheCancelHookOnTheExecutionsLoopWhenTheTaskTimesOut() throws Exception {
        try (Expresso expresso = start()) {
            StateMachine machine = expresso.deploy("timeout", "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\","
                    + " \"Resource\": \"" + HELD + "\", \"TimeoutSeconds\": 1, \"End\": true}}}");

            ExecutionResult result = expresso.execute(machine, JsonObject.EMPTY).toCompletableFuture().get(10, TimeUnit.SECONDS);

            assertEquals("States.Timeout", result.error());
            assertTrue(hookRan.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void shouldRunTheCancelHookWhenASiblingBranchFails() throws Exception {
        try (Expresso expresso = start()) {
            StateMachine machine = expresso.deploy("sibling", "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Parallel\","
                    + " \"End\": true, \"Branches\": ["
                    + "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"" + HELD + "\", \"End\": true}}},"
                    + "{\"StartAt\": \"W\", \"States\": {\"W\": {\"Type\": \"Wait\", \"Seconds\": 1, \"Next\": \"F\"},"
                    + " \"F\": {\"Type\": \"Fail\", \"Error\": \"Boom\"}}}]}}}");

            ExecutionResult result = expresso.execute(machine, JsonObject.EMPTY).toCompletableFuture().get(10, TimeUnit.SECONDS);

            assertEquals("Boom", result.error());
            assertTrue(hookRan.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void shouldRunTheCancelHookWhenTheExecutionIsAborted() throws Exception {
        try (Expresso expresso = start()) {
            StateMachine machine = expresso.deploy("aborted", task(HELD));
            CompletableFuture<ExecutionResult> run = expresso.execute(machine, JsonObject.EMPTY).toCompletableFuture();
            TaskInvocation invocation = heldInvocation.get(10, TimeUnit.SECONDS);

            assertTrue(expresso.abort(invocation.executionArn(), "stop").toCompletableFuture().get(10, TimeUnit.SECONDS));

            assertEquals(ExecutionStatus.ABORTED, run.get(10, TimeUnit.SECONDS).status());
            assertTrue(hookRan.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void shouldRunAHookRegisteredAfterTheAttemptWasGivenUpAtOnceOnTheLoop() throws Exception {
        TaskHandlers late = new TaskHandlers().register(HELD, heldInvocation::complete);
        try (Expresso expresso = Expresso.start(new RuntimeConfig().timeScale(0.01).taskHandlers(late))) {
            StateMachine machine = expresso.deploy("late", "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\","
                    + " \"Resource\": \"" + HELD + "\", \"TimeoutSeconds\": 1, \"End\": true}}}");
            expresso.execute(machine, JsonObject.EMPTY).toCompletableFuture().get(10, TimeUnit.SECONDS);
            TaskInvocation invocation = heldInvocation.get(10, TimeUnit.SECONDS);

            invocation.onCancel(() -> hookRan.complete(invocation.executor().inEventLoop()));

            assertTrue(hookRan.get(10, TimeUnit.SECONDS));
            assertThrows(IllegalStateException.class, () -> invocation.onCancel(() -> { }));
        }
    }

    @Test
    void shouldNotRunTheCancelHookOfAnAttemptTheHandlerCompleted() throws Exception {
        try (Expresso expresso = start()) {
            StateMachine machine = expresso.deploy("answered", "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\","
                    + " \"Resource\": \"" + ANSWERED + "\", \"TimeoutSeconds\": 1, \"Next\": \"W\"},"
                    + " \"W\": {\"Type\": \"Wait\", \"Seconds\": 2, \"End\": true}}}");

            ExecutionResult result = expresso.execute(machine, JsonObject.EMPTY).toCompletableFuture().get(10, TimeUnit.SECONDS);

            assertEquals(ExecutionStatus.SUCCEEDED, result.status());
            assertFalse(hookRan.isDone());
        }
    }

    private Expresso start() {
        return Expresso.start(new RuntimeConfig().timeScale(0.01).taskHandlers(handlers));
    }

    private static String task(String resource) {
        return "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"" + resource
                + "\", \"End\": true}}}";
    }
}
