package io.expresso.runtime.observe.metrics;

import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a snapshot in the Prometheus text exposition format 0.0.4, with the names of
 * docs/semantics/logging.md#prometheus-text: an {@code expresso_} prefix, base units (seconds), counters ending in
 * {@code _total}, every family introduced by {@code # HELP} and {@code # TYPE}.
 *
 * <p>Latencies are <em>histograms</em>, not summaries: buckets add up across instances and
 * {@code histogram_quantile} over {@code rate(…_bucket)} gives quantiles for any window, where a
 * summary's quantiles would be fixed to one instance and to whatever window it chose. The
 * buckets run from 1 µs to 300 s because an Expresso state or execution can take microseconds
 * and an Express execution up to five minutes; a bucket's count is exact to the precision of the
 * HdrHistogram it is read from. Families with no series are left out.
 */
public final class PrometheusText {

    /** The response content type. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final String[] BUCKETS = {
        "0.000001", "0.0000025", "0.000005", "0.00001", "0.000025", "0.00005", "0.0001", "0.00025", "0.0005",
        "0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5",
        "1", "2.5", "5", "10", "30", "60", "120", "300",
    };
    private static final long[] BUCKET_NANOS = new long[BUCKETS.length];

    static {
        for (int i = 0; i < BUCKETS.length; i++) {
            BUCKET_NANOS[i] = new BigDecimal(BUCKETS[i]).movePointRight(9).longValueExact();
        }
    }

    private final StringBuilder out = new StringBuilder(4096);

    private PrometheusText() {
    }

    /** @return the snapshot as Prometheus text */
    public static String format(MetricsSnapshot snapshot) {
        PrometheusText text = new PrometheusText();
        text.machines(snapshot.machines());
        text.resources(snapshot.resources(), ResourceKind.LAMBDA_FUNCTION, "lambda_function", "function_arn",
                "Lambda function tasks (resource: a function ARN), by event.");
        text.resources(snapshot.resources(), ResourceKind.SERVICE_INTEGRATION, "service_integration", "resource_arn",
                "Service integration tasks (resource: arn:aws:states:::…), by event.");
        text.family("expresso_executions_in_flight", "gauge", "Executions started and not yet ended.");
        text.sample("expresso_executions_in_flight", Long.toString(snapshot.executionsInFlight()));
        text.family("expresso_log_records_dropped_total", "counter",
                "Execution log records dropped because the log buffer was full.");
        text.sample("expresso_log_records_dropped_total", Long.toString(snapshot.logRecordsDropped()));
        return text.out.toString();
    }

    private void machines(List<MachineSnapshot> machines) {
        if (machines.isEmpty()) {
            return;
        }
        family("expresso_executions_started_total", "counter", "Executions started.");
        for (MachineSnapshot machine : machines) {
            sample("expresso_executions_started_total", machine.total().started(), "state_machine_arn", machine.stateMachineArn());
        }
        family("expresso_executions_finished_total", "counter", "Executions ended, by status.");
        for (MachineSnapshot machine : machines) {
            ExecutionTotals total = machine.total();
            String arn = machine.stateMachineArn();
            sample("expresso_executions_finished_total", total.succeeded(), "state_machine_arn", arn, "status", "succeeded");
            sample("expresso_executions_finished_total", total.failed(), "state_machine_arn", arn, "status", "failed");
            sample("expresso_executions_finished_total", total.timedOut(), "state_machine_arn", arn, "status", "timed_out");
            sample("expresso_executions_finished_total", total.aborted(), "state_machine_arn", arn, "status", "aborted");
        }
        family("expresso_execution_throttled_total", "counter", "Execution starts and transitions refused or delayed by throttling.");
        for (MachineSnapshot machine : machines) {
            sample("expresso_execution_throttled_total", machine.total().throttled(), "state_machine_arn", machine.stateMachineArn());
        }
        family("expresso_execution_billed_duration_seconds_total", "counter",
                "Express billed duration: each execution's time rounded up to 100 ms.");
        for (MachineSnapshot machine : machines) {
            sample("expresso_execution_billed_duration_seconds_total", seconds(machine.total().billedMillis() * 1_000_000),
                    "state_machine_arn", machine.stateMachineArn());
        }
        family("expresso_execution_duration_seconds", "histogram", "Execution time, start to close.");
        for (MachineSnapshot machine : machines) {
            histogram("expresso_execution_duration_seconds", machine.executionTime(), "state_machine_arn", machine.stateMachineArn());
        }
        family("expresso_state_entries_total", "counter", "State entries.");
        for (MachineSnapshot machine : machines) {
            for (StateSnapshot state : machine.states()) {
                sample("expresso_state_entries_total", state.entered(), "state_machine_arn", machine.stateMachineArn(),
                        "state", state.name());
            }
        }
        family("expresso_state_errors_total", "counter", "States that ended with an error, caught or not.");
        for (MachineSnapshot machine : machines) {
            for (StateSnapshot state : machine.states()) {
                sample("expresso_state_errors_total", state.failed(), "state_machine_arn", machine.stateMachineArn(),
                        "state", state.name());
            }
        }
        family("expresso_state_duration_seconds", "histogram", "State time, entry to exit.");
        for (MachineSnapshot machine : machines) {
            for (StateSnapshot state : machine.states()) {
                histogram("expresso_state_duration_seconds", state.duration(), "state_machine_arn", machine.stateMachineArn(),
                        "state", state.name());
            }
        }
    }

    private void resources(List<ResourceSnapshot> all, ResourceKind kind, String stem, String label, String help) {
        List<ResourceSnapshot> resources = all.stream().filter(resource -> resource.kind() == kind).toList();
        if (resources.isEmpty()) {
            return;
        }
        String counter = "expresso_" + stem + "s_total";
        family(counter, "counter", help);
        for (ResourceSnapshot resource : resources) {
            TaskTotals total = resource.total();
            String arn = resource.resourceArn();
            sample(counter, total.scheduled(), label, arn, "event", "scheduled");
            sample(counter, total.started(), label, arn, "event", "started");
            sample(counter, total.succeeded(), label, arn, "event", "succeeded");
            sample(counter, total.failed(), label, arn, "event", "failed");
            sample(counter, total.timedOut(), label, arn, "event", "timed_out");
        }
        String duration = "expresso_" + stem + "_duration_seconds";
        family(duration, "histogram", "Task time, scheduled to closed.");
        for (ResourceSnapshot resource : resources) {
            histogram(duration, resource.duration(), label, resource.resourceArn());
        }
    }

    private void family(String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ');
        escape(help, false);
        out.append("\n# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private void histogram(String name, LatencySnapshot latency, String... labels) {
        long[] counts = latency.countsAtOrBelow(BUCKET_NANOS);
        String bucket = name + "_bucket";
        for (int i = 0; i < BUCKETS.length; i++) {
            sampleWithLe(bucket, Long.toString(counts[i]), BUCKETS[i], labels);
        }
        sampleWithLe(bucket, Long.toString(latency.count()), "+Inf", labels);
        sample(name + "_sum", seconds(latency.sumNanos()), labels);
        sample(name + "_count", latency.count(), labels);
    }

    private void sample(String name, long value, String... labels) {
        sample(name, Long.toString(value), labels);
    }

    private void sample(String name, String value, String... labels) {
        out.append(name);
        if (labels.length > 0) {
            out.append('{');
            labels(labels);
            out.append('}');
        }
        out.append(' ').append(value).append('\n');
    }

    private void sampleWithLe(String name, String value, String le, String... labels) {
        out.append(name).append('{');
        labels(labels);
        out.append(",le=\"").append(le).append("\"} ").append(value).append('\n');
    }

    private void labels(String[] labels) {
        for (int i = 0; i < labels.length; i += 2) {
            if (i > 0) {
                out.append(',');
            }
            out.append(labels[i]).append("=\"");
            escape(labels[i + 1], true);
            out.append('"');
        }
    }

    /** Label values escape backslash, double quote and newline; HELP text escapes backslash and newline. */
    private void escape(String text, boolean quote) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '"' -> out.append(quote ? "\\\"" : "\"");
                default -> out.append(c);
            }
        }
    }

    /** @return {@code nanos} as exact decimal seconds, with no exponent */
    private static String seconds(long nanos) {
        return BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString();
    }
}
