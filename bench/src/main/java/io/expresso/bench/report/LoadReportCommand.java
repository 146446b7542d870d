package io.expresso.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line the reports of load-generator runs share,
 * {@code RUNS REPORT.md [--quick] [--conditions FILE]}: RUNS is the runs' file or folder, the
 * conditions file holds {@code name: value} lines. Writes the report, then its plots beside it.
 */
final class LoadReportCommand {

    /** A report of load-generator runs: its Markdown, then the PNG plots the Markdown embeds. */
    interface Report {

        void write() throws IOException;

        /** Writes the plots into {@code reports}, the report's folder. */
        void plot(Path reports) throws IOException;
    }

    /** Makes a report over the runs at {@code runs}, written into {@code document}. */
    interface Factory {

        Report create(ReportDocument document, Path runs, Map<String, String> conditions) throws IOException;
    }

    private LoadReportCommand() {
    }

    /** Runs the command; wrong arguments print {@code usage} and exit with status 2. */
    static void run(String[] args, String usage, Factory factory) throws IOException {
        ReportArguments arguments;
        try {
            arguments = ReportArguments.parse(args, Set.of("conditions"));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + usage);
            System.exit(2);
            return;
        }
        Path conditionsFile = arguments.files().get("conditions");
        ReportDocument document = new ReportDocument(List.of(), finished(arguments.results()), arguments.quick());
        Report report = factory.create(document, arguments.results(), conditionsFile == null ? Map.of() : HttpReport.readConditions(conditionsFile));
        report.write();
        document.save(arguments.report());
        report.plot(arguments.report().toAbsolutePath().getParent());
    }

    /** Writes the conditions table: the machine, the JVM the report writer runs on (the one the runs used), then {@code rows}. */
    static void conditions(ReportDocument document, Map<String, String> rows) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        all.putAll(rows);
        document.conditions(all);
    }

    /** @return when the runs finished: the file's last write, or the newest file's of a folder */
    private static Instant finished(Path runs) throws IOException {
        if (!Files.isDirectory(runs)) {
            return Files.getLastModifiedTime(runs).toInstant();
        }
        try (var files = Files.list(runs)) {
            return files.map(file -> file.toFile().lastModified()).max(Long::compare).map(Instant::ofEpochMilli).orElse(Instant.now());
        }
    }
}
