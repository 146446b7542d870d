package io.expresso.runtime.observe.metrics;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.codec.json.JsonString;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a snapshot's interval into CloudWatch Embedded Metric Format lines
 * (docs/semantics/logging.md#embedded-metric-format): one per state machine and one per Task
 * resource that did anything in the interval, in namespace {@value #NAMESPACE}, with AWS's metric
 * and dimension names so that dashboards port over.
 *
 * <p>Counts are the interval's sums. A latency metric is an array of at most
 * {@value #MAX_SAMPLES} samples: every duration when there were no more, otherwise durations at
 * evenly spaced percentiles from the minimum to the maximum of the interval's histogram, so that
 * CloudWatch's percentiles and maximum are right though its sample count is then not the
 * execution count (the count metrics carry that).
 */
public final class EmfLines {

    /** The CloudWatch namespace; {@code AWS/} is reserved for AWS. */
    public static final String NAMESPACE = "Expresso/States";
    /** EMF's limit of values in one metric array. */
    public static final int MAX_SAMPLES = 100;

    private static final MathContext SAMPLE_PRECISION = new MathContext(3, RoundingMode.HALF_UP);
    private static final long BILLING_STEP_NANOS = MachineMetrics.BILLING_STEP_MILLIS * 1_000_000;

    private EmfLines() {
    }

    /**
     * @return the lines for {@code snapshot}'s open interval, timestamped with the interval's
     *     start; none for an idle interval
     */
    public static List<String> of(MetricsSnapshot snapshot) {
        List<String> lines = new ArrayList<>();
        for (MachineSnapshot machine : snapshot.machines()) {
            if (!machine.interval().isIdle()) {
                lines.add(machineLine(snapshot.intervalStartMillis(), machine));
            }
        }
        for (ResourceSnapshot resource : snapshot.resources()) {
            if (!resource.interval().isIdle()) {
                lines.add(resourceLine(snapshot.intervalStartMillis(), resource));
            }
        }
        return lines;
    }

    private static String machineLine(long timestamp, MachineSnapshot machine) {
        ExecutionTotals counts = machine.interval();
        Line line = new Line("StateMachineArn", machine.stateMachineArn());
        line.count("ExecutionsStarted", counts.started());
        line.count("ExecutionsSucceeded", counts.succeeded());
        line.count("ExecutionsFailed", counts.failed());
        line.count("ExecutionsTimedOut", counts.timedOut());
        line.count("ExecutionsAborted", counts.aborted());
        line.count("ExecutionThrottled", counts.throttled());
        long[] samples = machine.intervalExecutionTime().samplesNanos(MAX_SAMPLES);
        if (samples.length > 0) {
            line.milliseconds("ExecutionTime", samples);
            long[] billed = new long[samples.length];
            for (int i = 0; i < samples.length; i++) {
                billed[i] = Math.max(1, (samples[i] + BILLING_STEP_NANOS - 1) / BILLING_STEP_NANOS) * BILLING_STEP_NANOS;
            }
            line.milliseconds("ExpressExecutionBilledDuration", billed);
        }
        return line.toJson(timestamp);
    }

    private static String resourceLine(long timestamp, ResourceSnapshot resource) {
        TaskTotals counts = resource.interval();
        String prefix = resource.kind().metricPrefix();
        Line line = new Line(resource.kind().dimension(), resource.resourceArn());
        line.count(prefix + "sScheduled", counts.scheduled());
        line.count(prefix + "sStarted", counts.started());
        line.count(prefix + "sSucceeded", counts.succeeded());
        line.count(prefix + "sFailed", counts.failed());
        line.count(prefix + "sTimedOut", counts.timedOut());
        long[] samples = resource.intervalDuration().samplesNanos(MAX_SAMPLES);
        if (samples.length > 0) {
            line.milliseconds(prefix + "Time", samples);
        }
        return line.toJson(timestamp);
    }

    /** One EMF record under construction: a single dimension and its metrics, declared and valued together. */
    private static final class Line {

        private final String dimension;
        private final JsonObject.Builder root = JsonObject.builder(12);
        private final JsonArray.Builder metrics = new JsonArray.Builder(8);

        Line(String dimension, String value) {
            this.dimension = dimension;
            root.add(dimension, JsonString.of(value));
        }

        void count(String name, long value) {
            declare(name, "Count");
            root.add(name, JsonNumber.of(value));
        }

        void milliseconds(String name, long[] nanos) {
            declare(name, "Milliseconds");
            JsonArray.Builder values = new JsonArray.Builder(nanos.length);
            for (long value : nanos) {
                values.add(millis(value));
            }
            root.add(name, values.build());
        }

        private void declare(String name, String unit) {
            metrics.add(JsonObject.builder(2).add("Name", JsonString.of(name)).add("Unit", JsonString.of(unit)).build());
        }

        String toJson(long timestamp) {
            JsonObject directive = JsonObject.builder(3)
                    .add("Namespace", JsonString.of(NAMESPACE))
                    .add("Dimensions", JsonArray.of(JsonArray.of(JsonString.of(dimension))))
                    .add("Metrics", metrics.build())
                    .build();
            JsonObject aws = JsonObject.builder(2)
                    .add("Timestamp", JsonNumber.of(timestamp))
                    .add("CloudWatchMetrics", JsonArray.of(directive))
                    .build();
            JsonObject.Builder line = JsonObject.builder(root.size() + 1).add("_aws", aws);
            JsonObject members = root.build();
            for (int i = 0; i < members.size(); i++) {
                line.add(members.keyAt(i), members.valueAt(i));
            }
            return JsonSerializer.toCompactString(line.build());
        }

        /**
         * Nanoseconds as decimal milliseconds to three significant digits — all a value read from
         * a two-digit histogram can claim — with no exponent and no trailing zeros.
         */
        private static Json millis(long nanos) {
            BigDecimal value = BigDecimal.valueOf(nanos, 6).round(SAMPLE_PRECISION).stripTrailingZeros();
            return JsonNumber.of(value.scale() < 0 ? value.setScale(0) : value);
        }
    }
}
