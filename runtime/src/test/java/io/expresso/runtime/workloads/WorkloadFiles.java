package io.expresso.runtime.workloads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds {@code shared/workloads}, which sits beside the repository in a checkout. */
public final class WorkloadFiles {

    public static final List<String> NAMES =
            List.of("pass-chain", "choice-loop", "map-fanout", "parallel-4", "intrinsics", "order-pipeline");

    private WorkloadFiles() {
    }

    public static Path folder() {
        String configured = System.getProperty("expresso.workloads", System.getenv("EXPRESSO_WORKLOADS"));
        if (configured != null) {
            return Path.of(configured);
        }
        for (String candidate : new String[] {"../shared/workloads", "../../shared/workloads"}) {
            Path path = Path.of(candidate).toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                return path;
            }
        }
        throw new IllegalStateException("shared/workloads not found beside the repository; set -Dexpresso.workloads");
    }

    public static byte[] read(String name, String kind) {
        try {
            return Files.readAllBytes(folder().resolve(name + "." + kind + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
