package io.expresso.runtime.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.runtime.Expresso;
import io.expresso.runtime.RuntimeConfig;
import io.expresso.runtime.StateMachine;
import io.expresso.runtime.compile.UnboundResourceException;
import io.expresso.runtime.observe.metrics.PrometheusText;
import io.expresso.runtime.task.TaskFailedException;
import io.expresso.runtime.task.TaskHandler;
import io.expresso.runtime.task.TaskHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The engine records what it runs: the Prometheus text counts the executions, states and tasks of real runs. */
class MetricsWiringTest {

    private static final String ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:counted";
    private static final String FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:flaky";

    @Test
    void shouldCountExecutionsStatesAndTasksOfRealRuns() throws Exception {
        TaskHandlers handlers = new TaskHandlers().register(FUNCTION, TaskHandler.of(input -> {
            if (input.toString().contains("boom")) {
                throw new TaskFailedException("Boom", "asked to fail");
            }
            return input;
        }));
        String definition = """
                {"StartAt":"Call","States":{
                  "Call":{"Type":"Task","Resource":"%s","Next":"Check",
                          "Catch":[{"ErrorEquals":["Boom"],"Next":"Failed"}]},
                  "Check":{"Type":"Pass","End":true},
                  "Failed":{"Type":"Fail","Error":"Caught"}}}""".formatted(FUNCTION);
        try (Expresso expresso = Expresso.start(new RuntimeConfig().eventLoops(2).taskHandlers(handlers))) {
            StateMachine machine = expresso.deploy("counted", definition);
            for (int i = 0; i < 5; i++) {
                expresso.execute(machine, "{\"ok\":1}".getBytes(StandardCharsets.UTF_8)).toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
            for (int i = 0; i < 2; i++) {
                expresso.execute(machine, "{\"boom\":1}".getBytes(StandardCharsets.UTF_8)).toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
            String text = PrometheusText.format(expresso.metrics());
            assertLine(text, "expresso_executions_started_total{state_machine_arn=\"" + ARN + "\"} 7");
            assertLine(text, "expresso_executions_finished_total{state_machine_arn=\"" + ARN + "\",status=\"succeeded\"} 5");
            assertLine(text, "expresso_executions_finished_total{state_machine_arn=\"" + ARN + "\",status=\"failed\"} 2");
            assertLine(text, "expresso_state_entries_total{state_machine_arn=\"" + ARN + "\",state=\"Call\"} 7");
            assertLine(text, "expresso_state_entries_total{state_machine_arn=\"" + ARN + "\",state=\"Check\"} 5");
            assertLine(text, "expresso_state_errors_total{state_machine_arn=\"" + ARN + "\",state=\"Call\"} 2");
            assertLine(text, "expresso_lambda_functions_total{function_arn=\"" + FUNCTION + "\",event=\"scheduled\"} 7");
            assertLine(text, "expresso_lambda_functions_total{function_arn=\"" + FUNCTION + "\",event=\"failed\"} 2");
        }
    }

    @Test
    void shouldForgetTheMetricsOfAnUndeployedMachineAndStartAfreshWhenItIsDeployedAgain() throws Exception {
        TaskHandlers handlers = new TaskHandlers().register(FUNCTION, TaskHandler.of(input -> input));
        String definition = """
                {"StartAt":"Call","States":{"Call":{"Type":"Task","Resource":"%s","End":true}}}""".formatted(FUNCTION);
        try (Expresso expresso = Expresso.start(new RuntimeConfig().eventLoops(2).taskHandlers(handlers))) {
            StateMachine machine = expresso.deploy("counted", definition);
            expresso.execute(machine, "{}".getBytes(StandardCharsets.UTF_8)).toCompletableFuture().get(10, TimeUnit.SECONDS);

            expresso.undeploy(machine);

            String text = PrometheusText.format(expresso.metrics());
            assertFalse(text.contains(ARN), text);
            assertFalse(text.contains(FUNCTION), text);
            StateMachine again = expresso.deploy("counted", definition);
            expresso.execute(again, "{}".getBytes(StandardCharsets.UTF_8)).toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertLine(PrometheusText.format(expresso.metrics()),
                    "expresso_executions_started_total{state_machine_arn=\"" + ARN + "\"} 1");
        }
    }

    @Test
    void shouldHoldNoResourceForADefinitionThatFailsToCompile() {
        TaskHandlers handlers = new TaskHandlers().register(FUNCTION, TaskHandler.of(input -> input));
        String definition = """
                {"StartAt":"Bound","States":{
                  "Bound":{"Type":"Task","Resource":"%s","Next":"Unbound"},
                  "Unbound":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:nowhere","End":true}}}"""
                .formatted(FUNCTION);
        try (Expresso expresso = Expresso.start(new RuntimeConfig().eventLoops(1).taskHandlers(handlers))) {
            assertThrows(UnboundResourceException.class, () -> expresso.deploy("refused", definition));

            assertEquals(List.of(), expresso.metrics().resources());
            assertEquals(List.of(), expresso.metrics().machines());
        }
    }

    private static void assertLine(String text, String line) {
        assertTrue(text.lines().anyMatch(line::equals), () -> "no line\n" + line + "\nin\n" + text);
    }
}
