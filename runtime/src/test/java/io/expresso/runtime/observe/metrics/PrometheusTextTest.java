package io.expresso.runtime.observe.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.runtime.ExecutionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static final String ARN = MetricsRecordingTest.ARN;
    private static final String ODD_STATE = "say \"hi\" \\ then\nleave";

    @Test
    void shouldWriteEveryFamilyAsStrictPrometheusTextWithTheRecordedCounts() {
        MetricsRegistry registry = new MetricsRegistry(() -> 2, () -> 5);
        MachineMetrics machine = registry.machine(ARN, List.of("Charge", ODD_STATE), List.of());
        ResourceMetrics lambda = registry.resource(MetricsRecordingTest.LAMBDA);
        ResourceMetrics service = registry.resource(MetricsRecordingTest.SERVICE);
        for (int i = 0; i < 10; i++) {
            machine.executionStarted();
            machine.stateEntered(0);
            lambda.scheduled();
            lambda.started();
            lambda.succeeded(3_000_000);
            service.scheduled();
            service.timedOut(2_000_000_000L);
            machine.stateFinished(0, 3_500_000, false);
            machine.stateEntered(1);
            machine.stateFinished(1, 800, i < 3);
            machine.executionFinished(i < 7 ? ExecutionStatus.SUCCEEDED : ExecutionStatus.FAILED, 4_000_000);
        }
        machine.executionThrottled();

        PrometheusTextParser text = PrometheusTextParser.parse(PrometheusText.format(registry.snapshot()));

        assertEquals(10, text.value("expresso_executions_started_total", "state_machine_arn", ARN));
        assertEquals(7, text.value("expresso_executions_finished_total", "state_machine_arn", ARN, "status", "succeeded"));
        assertEquals(3, text.value("expresso_executions_finished_total", "state_machine_arn", ARN, "status", "failed"));
        assertEquals(0, text.value("expresso_executions_finished_total", "state_machine_arn", ARN, "status", "timed_out"));
        assertEquals(1, text.value("expresso_execution_throttled_total", "state_machine_arn", ARN));
        assertEquals(1.0, text.value("expresso_execution_billed_duration_seconds_total", "state_machine_arn", ARN));
        assertEquals(10, text.value("expresso_execution_duration_seconds_count", "state_machine_arn", ARN));
        assertEquals(0.04, text.value("expresso_execution_duration_seconds_sum", "state_machine_arn", ARN), 1e-12);
        assertEquals(0, text.value("expresso_execution_duration_seconds_bucket", "state_machine_arn", ARN, "le", "0.0025"));
        assertEquals(10, text.value("expresso_execution_duration_seconds_bucket", "state_machine_arn", ARN, "le", "0.005"));
        assertEquals(10, text.value("expresso_state_entries_total", "state_machine_arn", ARN, "state", ODD_STATE));
        assertEquals(3, text.value("expresso_state_errors_total", "state_machine_arn", ARN, "state", ODD_STATE));
        assertEquals(10, text.value("expresso_state_duration_seconds_bucket", "state_machine_arn", ARN, "state", ODD_STATE,
                "le", "0.000001"));
        assertEquals(10, text.value("expresso_lambda_functions_total", "function_arn", MetricsRecordingTest.LAMBDA,
                "event", "succeeded"));
        assertEquals(0.03, text.value("expresso_lambda_function_duration_seconds_sum", "function_arn", MetricsRecordingTest.LAMBDA),
                1e-12);
        assertEquals(10, text.value("expresso_service_integrations_total", "resource_arn", MetricsRecordingTest.SERVICE,
                "event", "timed_out"));
        assertEquals(0, text.value("expresso_service_integrations_total", "resource_arn", MetricsRecordingTest.SERVICE,
                "event", "started"));
        assertEquals(2, text.value("expresso_executions_in_flight"));
        assertEquals(5, text.value("expresso_log_records_dropped_total"));
        assertEquals("histogram", text.types.get("expresso_service_integration_duration_seconds"));
    }

    @Test
    void shouldWriteOnlyTheRuntimeGaugesWhenNothingIsDeployed() {
        String text = PrometheusText.format(new MetricsRegistry(() -> 0, () -> 0).snapshot());
        PrometheusTextParser parsed = PrometheusTextParser.parse(text);
        assertEquals(List.of("expresso_executions_in_flight", "expresso_log_records_dropped_total"), List.copyOf(parsed.types.keySet()));
    }

    @Test
    void shouldHaveAParserThatRejectsWhatTheFormatForbids() {
        String family = "# HELP x_total X.\n# TYPE x_total counter\n";
        assertTrue(PrometheusTextParser.parse(family + "x_total{a=\"1\"} 2\n").samples.containsKey("x_total{a=\"1\"}"));
        assertThrows(IllegalStateException.class, () -> PrometheusTextParser.parse("x_total 1\n"));
        assertThrows(IllegalStateException.class, () -> PrometheusTextParser.parse(family + "y_total 1\n"));
        assertThrows(IllegalStateException.class, () -> PrometheusTextParser.parse(family + "x_total{a=\"\\t\"} 1\n"));
        assertThrows(IllegalStateException.class, () -> PrometheusTextParser.parse(family + "x_total one\n"));
        assertThrows(IllegalStateException.class, () -> PrometheusTextParser.parse(family + "x_total 1\nx_total 2\n"));
        assertThrows(IllegalStateException.class, () -> PrometheusTextParser.parse("# HELP x X.\n# TYPE x counter\nx 1\n"));
        assertThrows(IllegalStateException.class, () -> PrometheusTextParser.parse(
                "# HELP h H.\n# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\nh_count 1\nh_sum 1\n"));
    }
}
