package io.expresso.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The hardware and operating system a report was written on (the machine that ran the benchmarks or the fuzz run). */
public final class Machine {

    private static final Path CPU_INFO = Path.of("/proc/cpuinfo");
    private static final Path OS_RELEASE = Path.of("/etc/os-release");

    private Machine() {
    }

    /**
     * @return the start of every report's conditions section: its heading, and a table whose first
     *     rows are the CPU and the OS; the report adds its own rows below
     */
    public static List<String> conditionsHead() {
        return List.of("## Conditions", "", "| | |", "| --- | --- |", "| CPU | " + cpu() + " |", "| OS | " + operatingSystem() + " |");
    }

    /** @return the CPU model and how many logical CPUs and cores it has, from {@code /proc/cpuinfo} where present */
    private static String cpu() {
        List<String> lines = readLines(CPU_INFO);
        String model = field(lines, "model name");
        long logical = lines.stream().filter(line -> line.startsWith("processor")).count();
        String cores = field(lines, "cpu cores");
        if (model == null) {
            return "unknown model, " + Runtime.getRuntime().availableProcessors() + " logical CPUs available to the JVM";
        }
        return model + ", " + logical + " logical CPUs" + (cores == null ? "" : " (" + cores + " cores per socket)")
            + ", " + Runtime.getRuntime().availableProcessors() + " available to the JVM";
    }

    /** @return the kernel and, on Linux, the distribution */
    private static String operatingSystem() {
        String kernel = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
            + System.getProperty("os.arch");
        String distribution = field(readLines(OS_RELEASE), "PRETTY_NAME");
        return distribution == null ? kernel : kernel + " (" + distribution.replace("\"", "") + ")";
    }

    /** @return the value of the first {@code name : value} or {@code name=value} line, or {@code null} */
    private static String field(List<String> lines, String name) {
        for (String line : lines) {
            if (line.startsWith(name)) {
                int separator = line.indexOf(line.startsWith(name + "=") ? '=' : ':');
                if (separator > 0) {
                    return line.substring(separator + 1).trim();
                }
            }
        }
        return null;
    }

    /** A machine without these files (not Linux) gets a shorter description, not a failure. */
    private static List<String> readLines(Path file) {
        try {
            return Files.isReadable(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
