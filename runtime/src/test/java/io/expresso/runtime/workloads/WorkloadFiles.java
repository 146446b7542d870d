package io.expresso.runtime.workloads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the repository's {@code workloads/} folder. Tests run from a module folder and benchmarks
 * from the repository root, so both places are tried; {@code -Dexpresso.workloads} or
 * {@code EXPRESSO_WORKLOADS} names another folder instead.
 */
public final class WorkloadFiles {

    /** The workloads, each with {@code .asl.json}, {@code .input.json} and {@code .expected.json}. */
    public static final List<String> NAMES =
            List.of("pass-chain", "choice-loop", "map-fanout", "parallel-4", "intrinsics", "order-pipeline");

    private WorkloadFiles() {
    }

    /** @return the folder holding the workload files */
    public static Path folder() {
        String configured = System.getProperty("expresso.workloads", System.getenv("EXPRESSO_WORKLOADS"));
        if (configured != null) {
            return Path.of(configured);
        }
        for (String candidate : new String[] {"workloads", "../workloads"}) {
            Path path = Path.of(candidate).toAbsolutePath().normalize();
            if (Files.isRegularFile(path.resolve("pass-chain.asl.json"))) {
                return path;
            }
        }
        throw new IllegalStateException("workloads/ not found in or above " + Path.of("").toAbsolutePath()
                + "; run from the repository or set -Dexpresso.workloads");
    }

    /** @return the bytes of {@code name.kind.json}, e.g. {@code read("pass-chain", "input")} */
    public static byte[] read(String name, String kind) {
        try {
            return Files.readAllBytes(folder().resolve(name + "." + kind + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
