package io.expresso.bench.report;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A report writer's command line: {@code RESULTS.json REPORT.md [--quick] [--NAME FILE]...}, where
 * the {@code --NAME FILE} options are the extra inputs a given report reads.
 *
 * @param results JMH's JSON result file
 * @param report the Markdown file to write
 * @param quick whether the results come from a quick run, whose figures are not to be compared
 * @param files the extra inputs given, by option name without its dashes
 */
record ReportArguments(Path results, Path report, boolean quick, Map<String, Path> files) {

    /**
     * @param fileOptions the names of the {@code --NAME FILE} options this report accepts
     * @throws IllegalArgumentException naming what is wrong with {@code args}
     */
    static ReportArguments parse(String[] args, Set<String> fileOptions) {
        Path results = null;
        Path report = null;
        boolean quick = false;
        Map<String, Path> files = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.startsWith("--") && fileOptions.contains(arg.substring(2))) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException(arg + " needs a file");
                }
                files.put(arg.substring(2), Path.of(args[++i]));
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else if (results == null) {
                results = Path.of(arg);
            } else if (report == null) {
                report = Path.of(arg);
            } else {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
        }
        if (report == null) {
            throw new IllegalArgumentException("a results file and a report file are needed");
        }
        return new ReportArguments(results, report, quick, Map.copyOf(files));
    }
}
