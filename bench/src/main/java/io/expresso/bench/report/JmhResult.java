package io.expresso.bench.report;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * One benchmark run (a method with one set of parameters) from JMH's JSON result file
 * ({@code -rf json}), read with Expresso's own parser.
 *
 * @param benchmark the full name, {@code package.Class.method}
 * @param mode JMH's short name of the mode, e.g. {@code thrpt} or {@code avgt}
 * @param params the parameters as {@code name=value} joined by commas, empty when none
 * @param score the primary score
 * @param scoreError JMH's error (half the 99.9% confidence interval), NaN when it could not tell
 * @param unit the score's unit, e.g. {@code ns/op}
 * @param allocatedBytesPerOp {@code gc.alloc.rate.norm} from {@code -prof gc}, NaN without it
 * @param settings how JMH ran it (forks, iterations, threads, mode)
 * @param jvm the forked JVM that ran it
 * @param jvmArgs the flags it was started with, space-separated, empty when none
 */
public record JmhResult(
    String benchmark,
    String mode,
    String params,
    double score,
    double scoreError,
    String unit,
    double allocatedBytesPerOp,
    String settings,
    String jvm,
    String jvmArgs) {

    /** @return every result in {@code file}, in file order */
    public static List<JmhResult> readAll(Path file) throws IOException {
        Json root = JsonParser.parse(Files.readAllBytes(file));
        if (!(root instanceof JsonArray)) {
            throw new IllegalArgumentException(file + " is not a JMH JSON result file (expected an array)");
        }
        List<JmhResult> results = new ArrayList<>();
        for (Json entry : ((JsonArray) root).asList()) {
            results.add(of((JsonObject) entry));
        }
        return results;
    }

    private static JmhResult of(JsonObject entry) {
        JsonObject primary = (JsonObject) entry.get("primaryMetric");
        return new JmhResult(
            text(entry, "benchmark"),
            text(entry, "mode"),
            params(entry.get("params")),
            number(primary.get("score")),
            number(primary.get("scoreError")),
            text(primary, "scoreUnit"),
            allocationNorm(entry.get("secondaryMetrics")),
            settings(entry),
            text(entry, "vmName") + " " + text(entry, "vmVersion") + " (JDK " + text(entry, "jdkVersion") + ", "
                + text(entry, "jvm") + ")",
            jvmArgs(entry.get("jvmArgs")));
    }

    /** @return the time per operation in nanoseconds, whatever the mode and unit; NaN if unknown */
    public double nanosPerOp() {
        switch (unit) {
            case "ns/op":
                return score;
            case "us/op":
                return score * 1e3;
            case "ms/op":
                return score * 1e6;
            case "s/op":
                return score * 1e9;
            case "ops/ns":
                return 1 / score;
            case "ops/us":
                return 1e3 / score;
            case "ops/ms":
                return 1e6 / score;
            case "ops/s":
                return 1e9 / score;
            default:
                return Double.NaN;
        }
    }

    /** @return the score in operations per second; NaN unless this is a throughput result */
    public double opsPerSecond() {
        return score * opsPerSecondFactor();
    }

    /** @return the error in operations per second; NaN unless this is a throughput result */
    public double opsPerSecondError() {
        return scoreError * opsPerSecondFactor();
    }

    /** @return the score in microseconds per operation; NaN unless this is a time-per-operation result */
    public double microsPerOp() {
        return score * microsPerOpFactor();
    }

    /** @return the error in microseconds per operation; NaN unless this is a time-per-operation result */
    public double microsPerOpError() {
        return scoreError * microsPerOpFactor();
    }

    private double opsPerSecondFactor() {
        switch (unit) {
            case "ops/ns":
                return 1e9;
            case "ops/us":
                return 1e6;
            case "ops/ms":
                return 1e3;
            case "ops/s":
                return 1;
            default:
                return Double.NaN;
        }
    }

    private double microsPerOpFactor() {
        switch (unit) {
            case "ns/op":
                return 1e-3;
            case "us/op":
                return 1;
            case "ms/op":
                return 1e3;
            case "s/op":
                return 1e6;
            default:
                return Double.NaN;
        }
    }

    private static String settings(JsonObject entry) {
        return "mode " + text(entry, "mode")
            + ", " + Numbers.plain(number(entry.get("forks"))) + " fork(s)"
            + ", " + Numbers.plain(number(entry.get("threads"))) + " thread(s)"
            + ", warm-up " + iterations(entry, "warmupIterations", "warmupTime")
            + ", measurement " + iterations(entry, "measurementIterations", "measurementTime")
            + ", JMH " + text(entry, "jmhVersion");
    }

    private static String iterations(JsonObject entry, String countKey, String timeKey) {
        return Numbers.plain(number(entry.get(countKey))) + " × " + text(entry, timeKey);
    }

    /** JMH names this metric with or without a leading middle dot, depending on its version. */
    private static double allocationNorm(Json secondary) {
        if (!(secondary instanceof JsonObject)) {
            return Double.NaN;
        }
        JsonObject metrics = (JsonObject) secondary;
        for (int i = 0; i < metrics.size(); i++) {
            if (metrics.keyAt(i).endsWith("gc.alloc.rate.norm")) {
                return number(((JsonObject) metrics.valueAt(i)).get("score"));
            }
        }
        return Double.NaN;
    }

    private static String params(Json params) {
        if (!(params instanceof JsonObject)) {
            return "";
        }
        JsonObject object = (JsonObject) params;
        StringJoiner joined = new StringJoiner(", ");
        for (int i = 0; i < object.size(); i++) {
            joined.add(object.keyAt(i) + "=" + ((JsonString) object.valueAt(i)).value());
        }
        return joined.toString();
    }

    private static String jvmArgs(Json args) {
        if (!(args instanceof JsonArray) || ((JsonArray) args).isEmpty()) {
            return "";
        }
        StringJoiner joined = new StringJoiner(" ");
        for (Json arg : ((JsonArray) args).asList()) {
            joined.add(((JsonString) arg).value());
        }
        return joined.toString();
    }

    private static String text(JsonObject object, String key) {
        Json value = object.get(key);
        if (value instanceof JsonString) {
            return ((JsonString) value).value();
        }
        return value == null ? "?" : value.toString();
    }

    /** JMH writes a number it could not compute as the string {@code "NaN"}. */
    private static double number(Json value) {
        return value instanceof JsonNumber ? ((JsonNumber) value).doubleValue() : Double.NaN;
    }
}
