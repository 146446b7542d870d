package io.expresso.bench.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Runs a fuzz campaign and writes its report, or runs one case of a seed again to show it.
 *
 * <p>Usage: {@code FuzzMain [--seed S] [--cases N] [--seconds T] [--hang-millis M] [--out REPORT.md]
 * [--summary FIGURES.json]} runs cases 0 to N-1 of seed S (default 1, 1,000,000 cases, no time
 * limit, 3,000 ms, {@code perf-reports/fuzz.md}), stopping early after T seconds, and writes the
 * report and, when asked, the figures {@code SummaryReport} shows. {@code FuzzMain --seed S --case C}
 * prints case C of seed S, its definition and input, and what it ended in. The exit status is 0
 * whatever was found: findings are the report's content, not a failure of the run.
 */
public final class FuzzMain {

    private static final String USAGE = "usage: FuzzMain [--seed S] [--cases N] [--seconds T] [--hang-millis M]"
        + " [--out REPORT.md] [--summary FIGURES.json] | FuzzMain --seed S --case C";

    private FuzzMain() {
    }

    public static void main(String[] args) throws IOException {
        long seed = 1;
        long cases = 1_000_000;
        double seconds = Double.POSITIVE_INFINITY;
        long hangMillis = 3_000;
        long single = -1;
        Path out = Path.of("perf-reports", "fuzz.md");
        Path summary = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--cases" -> cases = Long.parseLong(value);
                    case "--seconds" -> seconds = Double.parseDouble(value);
                    case "--hang-millis" -> hangMillis = Long.parseLong(value);
                    case "--case" -> single = Long.parseLong(value);
                    case "--out" -> out = Path.of(value);
                    case "--summary" -> summary = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
        } catch (RuntimeException e) {
            System.err.println("FuzzMain: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        try (FuzzRunner runner = new FuzzRunner(hangMillis)) {
            if (single >= 0) {
                show(new CaseGenerator(seed).generate(single), runner);
                return;
            }
            FuzzCampaign campaign = new FuzzCampaign(seed, runner, 300, System.out);
            campaign.run(cases, seconds);
            new FuzzReport(campaign, hangMillis).save(out);
            if (summary != null) {
                writeSummary(campaign, summary);
            }
            System.out.printf("fuzz: %,d cases, %d distinct findings; report in %s%n", campaign.cases(),
                campaign.findings().size(), out);
        }
    }

    /** The figures the performance summary shows: how many cases, how long, what was found. */
    private static void writeSummary(FuzzCampaign campaign, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Files.writeString(file, String.format(Locale.ROOT,
            "{\"seed\":%d,\"cases\":%d,\"seconds\":%.1f,\"findings\":%d}%n", campaign.seed(),
            campaign.cases(), campaign.elapsedNanos() / 1e9, campaign.findings().size()));
    }

    private static void show(FuzzCase fuzzCase, FuzzRunner runner) {
        System.out.println("case " + fuzzCase.number() + " of seed " + fuzzCase.seed() + " (" + fuzzCase.family() + ")");
        System.out.println("definition: " + fuzzCase.definition());
        System.out.println("input: " + fuzzCase.input());
        OutcomeOracle.Verdict verdict = runner.run(fuzzCase);
        System.out.println(verdict.isFinding() ? "finding: " + verdict.finding() + "\n" + verdict.detail()
            : "outcome: " + verdict.outcome());
    }
}
