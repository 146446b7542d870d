package io.expresso.bench;

import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.fixtures.WorkloadFiles;
import io.expresso.fixtures.WorkloadHandlers;
import io.expresso.runtime.task.TaskHandler;
import io.expresso.runtime.task.TaskHandlers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The workloads of the repository ({@code workloads/}) as the benchmarks send them: compact
 * JSON. The folder is found as runtime's workload tests find it ({@link WorkloadFiles#folder()}),
 * so a benchmark and a test never read two different checkouts.
 */
public final class Workloads {

    private Workloads() {
    }

    /** @return the compact JSON bytes of workload file {@code fileName}, e.g. {@code pass-chain.input.json} */
    public static byte[] compact(String fileName) {
        Path file = WorkloadFiles.folder().resolve(fileName);
        try {
            return JsonSerializer.toBytes(JsonParser.parse(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read workload " + file, e);
        }
    }

    /** @return the compact JSON bytes of {@code kind} ({@code input}, {@code expected}) of workload {@code name} */
    public static byte[] compact(String name, String kind) {
        return compact(name + "." + kind + ".json");
    }

    /** @return the order-pipeline handlers, bound by their Resource ARNs, in a new registry */
    public static TaskHandlers taskHandlers() {
        TaskHandlers handlers = new TaskHandlers();
        WorkloadHandlers.BY_ARN.forEach((arn, work) -> handlers.register(arn, TaskHandler.of(work::apply)));
        return handlers;
    }

    /** @return the definition of workload {@code name}, as deployed */
    public static String definition(String name) {
        return new String(WorkloadFiles.read(name, "asl"), StandardCharsets.UTF_8);
    }
}
