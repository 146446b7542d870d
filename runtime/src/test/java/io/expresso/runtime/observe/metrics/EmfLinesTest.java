package io.expresso.runtime.observe.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.ExecutionStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmfLinesTest {

    private static final Set<String> UNITS = Set.of("Count", "Milliseconds");

    @Test
    void shouldWriteOneValidLinePerBusyMachineAndResourceWithAtMost100Samples() {
        MetricsRegistry registry = new MetricsRegistry(() -> 0, () -> 0);
        MachineMetrics busy = registry.machine(MetricsRecordingTest.ARN, List.of("A"), List.of());
        registry.machine(MetricsRecordingTest.ARN + "-idle", List.of("A"), List.of());
        ResourceMetrics lambda = registry.resource(MetricsRecordingTest.LAMBDA);
        ResourceMetrics service = registry.resource(MetricsRecordingTest.SERVICE);
        for (int i = 1; i <= 1_000; i++) {
            busy.executionStarted();
            lambda.scheduled();
            lambda.failed(i * 10_000L);
            busy.executionFinished(i % 100 == 0 ? ExecutionStatus.TIMED_OUT : ExecutionStatus.SUCCEEDED, i * 1_000_000L);
        }
        service.scheduled();

        MetricsSnapshot snapshot = registry.endInterval();
        List<String> lines = EmfLines.of(snapshot);

        assertEquals(3, lines.size());
        JsonObject machine = validEmf(lines.get(0), snapshot.intervalStartMillis(), "StateMachineArn");
        assertEquals(JsonString.of(MetricsRecordingTest.ARN), machine.get("StateMachineArn"));
        assertEquals(JsonNumber.of(1_000), machine.get("ExecutionsStarted"));
        assertEquals(JsonNumber.of(990), machine.get("ExecutionsSucceeded"));
        assertEquals(JsonNumber.of(10), machine.get("ExecutionsTimedOut"));
        assertEquals(JsonNumber.of(0), machine.get("ExecutionsAborted"));
        JsonArray times = (JsonArray) machine.get("ExecutionTime");
        JsonArray billed = (JsonArray) machine.get("ExpressExecutionBilledDuration");
        assertEquals(100, times.size());
        assertEquals(100, billed.size());
        assertEquals(1.0, ((JsonNumber) times.get(0)).doubleValue(), 0.01);
        assertEquals(1_000.0, ((JsonNumber) times.get(99)).doubleValue(), 10.0);
        assertEquals(JsonNumber.of(100), billed.get(0));
        JsonObject function = validEmf(lines.get(1), snapshot.intervalStartMillis(), "LambdaFunctionArn");
        assertEquals(JsonNumber.of(1_000), function.get("LambdaFunctionsFailed"));
        assertEquals(100, ((JsonArray) function.get("LambdaFunctionTime")).size());
        JsonObject integration = validEmf(lines.get(2), snapshot.intervalStartMillis(), "ServiceIntegrationResourceArn");
        assertEquals(JsonNumber.of(1), integration.get("ServiceIntegrationsScheduled"));
        assertEquals(null, integration.get("ServiceIntegrationTime"));
    }

    @Test
    void shouldSampleEveryExecutionWhenThereAreFewAndWriteNothingForAnIdleInterval() {
        MetricsRegistry registry = new MetricsRegistry(() -> 0, () -> 0);
        MachineMetrics machine = registry.machine(MetricsRecordingTest.ARN, List.of(), List.of());
        machine.executionFinished(ExecutionStatus.SUCCEEDED, 150_000);
        machine.executionFinished(ExecutionStatus.SUCCEEDED, 250_000_000);

        JsonObject line = validEmf(EmfLines.of(registry.endInterval()).get(0), null, "StateMachineArn");
        JsonArray times = (JsonArray) line.get("ExecutionTime");
        assertEquals(2, times.size());
        // Three significant digits of the histogram's value, which is within 1% of the recorded one.
        assertEquals(new BigDecimal("0.151"), ((JsonNumber) times.get(0)).decimalValue());
        assertEquals(new BigDecimal("251"), ((JsonNumber) times.get(1)).decimalValue());
        assertEquals(JsonArray.of(JsonNumber.of(100), JsonNumber.of(300)), line.get("ExpressExecutionBilledDuration"));
        assertEquals(List.of(), EmfLines.of(registry.endInterval()));
    }

    @Test
    void shouldReportTheLastIntervalToTheSinkWhenClosed() {
        MetricsRegistry registry = new MetricsRegistry(() -> 0, () -> 0);
        MachineMetrics machine = registry.machine(MetricsRecordingTest.ARN, List.of(), List.of());
        List<String> sink = new ArrayList<>();
        try (EmfReporter reporter = EmfReporter.start(registry, Duration.ofHours(1), sink::add)) {
            machine.executionStarted();
            reporter.report();
            assertEquals(1, sink.size());
            reporter.report();
            assertEquals(1, sink.size());
            machine.executionStarted();
        }
        assertEquals(2, sink.size());
        validEmf(sink.get(1), null, "StateMachineArn");
    }

    /**
     * Checks a line against the EMF specification
     * (docs/semantics/logging.md#embedded-metric-format) and Expresso's conventions.
     *
     * @param timestamp the expected {@code _aws.Timestamp}, or {@code null} for any recent one
     * @return the parsed line
     */
    static JsonObject validEmf(String line, Long timestamp, String dimension) {
        assertTrue(!line.contains("\n"), "one line");
        JsonObject root = (JsonObject) JsonParser.parse(line);
        JsonObject aws = (JsonObject) root.get("_aws");
        JsonNumber time = (JsonNumber) aws.get("Timestamp");
        assertTrue(time.isLong());
        if (timestamp != null) {
            assertEquals(timestamp.longValue(), time.longValue());
        } else {
            assertTrue(Math.abs(System.currentTimeMillis() - time.longValue()) < 3_600_000, "epoch milliseconds");
        }
        JsonArray directives = (JsonArray) aws.get("CloudWatchMetrics");
        assertEquals(1, directives.size());
        JsonObject directive = (JsonObject) directives.get(0);
        assertEquals(JsonString.of(EmfLines.NAMESPACE), directive.get("Namespace"));
        assertEquals(JsonArray.of(JsonArray.of(JsonString.of(dimension))), directive.get("Dimensions"));
        assertTrue(root.get(dimension) instanceof JsonString, "dimension values are strings");
        JsonArray metrics = (JsonArray) directive.get("Metrics");
        assertTrue(metrics.size() >= 1 && metrics.size() <= 100);
        Set<String> declared = new HashSet<>();
        for (Json entry : metrics.asList()) {
            JsonObject metric = (JsonObject) entry;
            String name = ((JsonString) metric.get("Name")).value();
            assertTrue(declared.add(name), "declared once: " + name);
            assertTrue(UNITS.contains(((JsonString) metric.get("Unit")).value()));
            Json value = root.get(name);
            if (value instanceof JsonArray samples) {
                assertTrue(samples.size() >= 1 && samples.size() <= EmfLines.MAX_SAMPLES, name + " has 1..100 samples");
                samples.asList().forEach(sample -> assertTrue(sample instanceof JsonNumber, name + " samples are numbers"));
            } else {
                assertTrue(value instanceof JsonNumber, name + " exists at the root as a number");
            }
        }
        for (int i = 0; i < root.size(); i++) {
            String key = root.keyAt(i);
            assertTrue(key.equals("_aws") || key.equals(dimension) || declared.contains(key), "undeclared member " + key);
        }
        return root;
    }
}
