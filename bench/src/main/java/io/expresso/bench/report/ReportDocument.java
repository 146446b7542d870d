package io.expresso.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What every report of JMH results shares: the title with its provenance, the conditions of the
 * run, finding results, and the Markdown text being written. The reports ({@link CodecReport},
 * {@link RuntimeReport}) add their own tables.
 */
final class ReportDocument {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final List<JmhResult> results;
    private final Instant finished;
    private final boolean quick;
    private final StringBuilder out = new StringBuilder();

    ReportDocument(List<JmhResult> results, Instant finished, boolean quick) {
        this.results = results;
        this.finished = finished;
        this.quick = quick;
    }

    /** @return a document over the results of {@code arguments}, finished when that file was last written */
    static ReportDocument of(ReportArguments arguments) throws IOException {
        return new ReportDocument(JmhResult.readAll(arguments.results()),
            Files.getLastModifiedTime(arguments.results()).toInstant(), arguments.quick());
    }

    /** Writes the title, the quick-run warning when it applies, and which script wrote the report when. */
    void title(String title, String script) {
        title(title, script, "JMH results of a run", "one fork, short iterations");
        line("Each benchmark ran beside its ceiling in the same run and conditions; only figures from one run compare.");
        line("");
    }

    /**
     * @param source what the figures come from, e.g. "load-generator runs"
     * @param quickRun how a quick run differs from a full one, for the warning
     */
    void title(String title, String script, String source, String quickRun) {
        line("# " + title);
        line("");
        if (quick) {
            line("> **Quick run** (" + quickRun + "): a check that the benchmarks and this report work,");
            line("> on a possibly busy machine. Do not quote or compare these figures.");
            line("");
        }
        line("Written by `" + script + "` from " + source + " that finished " + WHEN.format(finished) + ".");
    }

    void conditions() {
        machineConditions();
        line("| JVM | " + String.join("; ", distinct(JmhResult::jvm)) + " |");
        line("| JVM flags | " + String.join("; ", distinct(r -> r.jvmArgs().isEmpty() ? "(none)" : "`" + r.jvmArgs() + "`")) + " |");
        line("| JMH | " + String.join("; ", distinct(JmhResult::settings)) + " |");
        line("| Profiler | `-prof gc`: allocation per operation is `gc.alloc.rate.norm` |");
        line("");
        line("Scores are JMH averages per operation ± JMH's error (half the 99.9% confidence interval over all");
        line("measurement iterations); these micro-benchmarks time one operation on a warm thread. Latency");
        line("percentiles of whole executions come from the load generator, not from here.");
        line("");
    }

    /** Writes the conditions table of a report not made from JMH results: the machine, then {@code rows} in order. */
    void conditions(Map<String, String> rows) {
        machineConditions();
        rows.forEach((name, value) -> line("| " + name + " | " + value + " |"));
        line("");
    }

    private void machineConditions() {
        Machine.conditionsHead().forEach(this::line);
    }

    /** @return the results of {@code method}, in file order */
    List<JmhResult> resultsOf(String method) {
        List<JmhResult> rows = new ArrayList<>();
        for (JmhResult result : results) {
            if (result.benchmark().equals(method)) {
                rows.add(result);
            }
        }
        return rows;
    }

    /** @return the result of {@code method} with {@code params} in {@code mode}, or {@code null} */
    JmhResult find(String method, String params, String mode) {
        for (JmhResult result : results) {
            if (result.benchmark().equals(method) && result.params().equals(params) && result.mode().equals(mode)) {
                return result;
            }
        }
        return null;
    }

    /** @return {@code Class.method} of a full benchmark name */
    static String shortName(String method) {
        int classStart = method.lastIndexOf('.', method.lastIndexOf('.') - 1);
        return method.substring(classStart + 1);
    }

    void line(String text) {
        out.append(text).append('\n');
    }

    /** Writes the document to {@code file}, making its folder if needed. */
    void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
        System.out.println("Wrote " + file);
    }

    String text() {
        return out.toString();
    }

    private List<String> distinct(Function<JmhResult, String> property) {
        Set<String> values = new LinkedHashSet<>();
        for (JmhResult result : results) {
            values.add(property.apply(result));
        }
        return new ArrayList<>(values);
    }
}
