package io.expresso.bench.report;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.codec.json.JsonString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What one parked-executions run measured ({@code io.expresso.bench.runtime.ParkedExecutions}),
 * and the JSON file it hands to {@link RuntimeReport}.
 *
 * @param executions how many executions were parked at once
 * @param waitSeconds how long their Wait state waits (at time scale 1)
 * @param payload the execution input, as JSON text
 * @param payloadHeapBytes the heap one parsed payload holds, measured apart
 * @param heapBeforeBytes heap in use after full collections, before the executions started
 * @param heapAfterBytes heap in use after full collections, with every execution parked
 * @param startMillis how long starting them all took, until the loop had run every start
 * @param jvm the JVM that ran it
 * @param jvmFlags its flags, space-separated
 * @param collectors its garbage collectors
 */
public record ParkedFigures(
    long executions,
    long waitSeconds,
    String payload,
    long payloadHeapBytes,
    long heapBeforeBytes,
    long heapAfterBytes,
    long startMillis,
    String jvm,
    String jvmFlags,
    String collectors) {

    /** @return the heap each parked execution holds, its payload included */
    public double bytesPerExecution() {
        return (heapAfterBytes - heapBeforeBytes) / (double) executions;
    }

    /** @return the heap each parked execution holds beyond its parsed payload */
    public double bytesBeyondPayload() {
        return bytesPerExecution() - payloadHeapBytes;
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, JsonSerializer.toBytes(toJson()));
    }

    public static ParkedFigures read(Path file) throws IOException {
        JsonObject json = (JsonObject) JsonParser.parse(Files.readAllBytes(file));
        return new ParkedFigures(
            number(json, "executions"),
            number(json, "waitSeconds"),
            text(json, "payload"),
            number(json, "payloadHeapBytes"),
            number(json, "heapBeforeBytes"),
            number(json, "heapAfterBytes"),
            number(json, "startMillis"),
            text(json, "jvm"),
            text(json, "jvmFlags"),
            text(json, "collectors"));
    }

    JsonObject toJson() {
        return JsonObject.builder(10)
            .add("executions", JsonNumber.of(executions))
            .add("waitSeconds", JsonNumber.of(waitSeconds))
            .add("payload", JsonString.of(payload))
            .add("payloadHeapBytes", JsonNumber.of(payloadHeapBytes))
            .add("heapBeforeBytes", JsonNumber.of(heapBeforeBytes))
            .add("heapAfterBytes", JsonNumber.of(heapAfterBytes))
            .add("startMillis", JsonNumber.of(startMillis))
            .add("jvm", JsonString.of(jvm))
            .add("jvmFlags", JsonString.of(jvmFlags))
            .add("collectors", JsonString.of(collectors))
            .build();
    }

    private static long number(JsonObject json, String key) {
        Json value = json.get(key);
        if (!(value instanceof JsonNumber)) {
            throw new IllegalArgumentException("Parked figures lack the number '" + key + "'");
        }
        return ((JsonNumber) value).longValue();
    }

    private static String text(JsonObject json, String key) {
        Json value = json.get(key);
        if (!(value instanceof JsonString)) {
            throw new IllegalArgumentException("Parked figures lack the text '" + key + "'");
        }
        return ((JsonString) value).value();
    }
}
