package io.expresso.bench;

import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the shared benchmark workloads ({@code shared/workloads}) and reads them as compact JSON.
 *
 * <p>The folder is the system property {@value #PROPERTY} when set, else the first of
 * {@code ../shared/workloads} and {@code ../../shared/workloads} that exists relative to the working
 * directory: a clone sits next to {@code shared/}, and benchmarks start either at the clone's root
 * or in {@code bench/}. There is no absolute fallback, so a run never silently reads workloads
 * from some other checkout.
 */
public final class Workloads {

    /** System property naming the workloads folder. */
    public static final String PROPERTY = "expresso.workloads";

    private static final List<String> RELATIVE_CANDIDATES = List.of("../shared/workloads", "../../shared/workloads");

    private Workloads() {
    }

    /**
     * @return the workloads folder
     * @throws IllegalStateException if the property names no folder, or no candidate exists
     */
    public static Path directory() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null) {
            Path dir = Path.of(configured).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("-D" + PROPERTY + "=" + configured + " is not a folder");
            }
            return dir;
        }
        Path workingDir = Path.of("").toAbsolutePath();
        for (String candidate : RELATIVE_CANDIDATES) {
            Path dir = workingDir.resolve(candidate).normalize();
            if (Files.isDirectory(dir)) {
                return dir;
            }
        }
        throw new IllegalStateException("No workloads folder: tried " + RELATIVE_CANDIDATES + " from " + workingDir
            + "; run from the clone's root or set -D" + PROPERTY);
    }

    /** @return the compact JSON bytes of workload file {@code fileName}, e.g. {@code pass-chain.input.json} */
    public static byte[] compact(String fileName) {
        Path file = directory().resolve(fileName);
        try {
            return JsonSerializer.toBytes(JsonParser.parse(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read workload " + file, e);
        }
    }
}
