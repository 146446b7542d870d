package io.expresso.bench.fuzz;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the cases of one seed in order, counts their outcomes, and keeps each distinct finding
 * once: the first case that showed it, shrunk, and how often it came back.
 */
final class FuzzCampaign {

    /** A reported problem: every case with the same signature counts toward one finding. */
    static final class Finding {
        final String signature;
        final FuzzCase first;
        final String detail;
        final FuzzCase shrunk;
        long count;

        Finding(String signature, FuzzCase first, String detail, FuzzCase shrunk) {
            this.signature = signature;
            this.first = first;
            this.detail = detail;
            this.shrunk = shrunk;
        }
    }

    /** A case that took long but ended, for the report: hostile sizes that cost time show there before they cost a hang. */
    record SlowCase(long number, String family, String outcome, long nanos) {
    }

    private static final long PROGRESS_NANOS = 10_000_000_000L;
    private static final int SLOWEST_KEPT = 5;

    private final long seed;
    private final CaseGenerator generator;
    private final FuzzRunner runner;
    private final Shrinker shrinker;
    private final PrintStream progress;
    private final Map<String, Long> outcomes = new TreeMap<>();
    private final Map<String, Long> families = new TreeMap<>();
    private final Map<String, Finding> findings = new LinkedHashMap<>();
    /** The slowest cases so far, slowest first. */
    private final List<SlowCase> slowest = new ArrayList<>();
    private long cases;
    private long elapsedNanos;

    /** @param progress where a line goes every ten seconds, or {@code null} for silence */
    FuzzCampaign(long seed, FuzzRunner runner, int shrinkBudget, PrintStream progress) {
        this.seed = seed;
        this.generator = new CaseGenerator(seed);
        this.runner = runner;
        this.shrinker = new Shrinker(runner, shrinkBudget);
        this.progress = progress;
    }

    /** Runs cases 0, 1, 2… until {@code maxCases} have run or {@code maxSeconds} have passed, whichever comes first. */
    void run(long maxCases, double maxSeconds) {
        long started = System.nanoTime();
        long stopAt = started + (long) (maxSeconds * 1e9);
        long nextProgress = started + PROGRESS_NANOS;
        for (long number = 0; number < maxCases; number++) {
            long now = System.nanoTime();
            if (now - stopAt >= 0) {
                break;
            }
            if (progress != null && now - nextProgress >= 0) {
                progress.printf("fuzz: %,d cases in %.0f s, %,.0f cases/s, %d distinct findings%n", cases,
                    (now - started) / 1e9, cases / ((now - started) / 1e9), findings.size());
                nextProgress = now + PROGRESS_NANOS;
            }
            FuzzCase fuzzCase = generator.generate(number);
            long caseStarted = System.nanoTime();
            OutcomeOracle.Verdict verdict = runner.run(fuzzCase);
            if (!verdict.isHang()) {
                keepIfSlow(new SlowCase(number, fuzzCase.family(), verdict.outcome(), System.nanoTime() - caseStarted));
            }
            cases++;
            outcomes.merge(verdict.outcome(), 1L, Long::sum);
            families.merge(fuzzCase.family(), 1L, Long::sum);
            if (verdict.isFinding()) {
                record(fuzzCase, verdict);
            }
        }
        elapsedNanos = System.nanoTime() - started;
    }

    private void keepIfSlow(SlowCase slow) {
        if (slowest.size() == SLOWEST_KEPT && slowest.get(SLOWEST_KEPT - 1).nanos() >= slow.nanos()) {
            return;
        }
        int at = 0;
        while (at < slowest.size() && slowest.get(at).nanos() >= slow.nanos()) {
            at++;
        }
        slowest.add(at, slow);
        if (slowest.size() > SLOWEST_KEPT) {
            slowest.remove(SLOWEST_KEPT);
        }
    }

    private void record(FuzzCase fuzzCase, OutcomeOracle.Verdict verdict) {
        Finding finding = findings.get(verdict.finding());
        if (finding == null) {
            if (progress != null) {
                progress.printf("fuzz: finding at case %d: %s%n", fuzzCase.number(), verdict.finding());
            }
            // A hang costs the bound and a runtime per try: shrinking one would take minutes.
            FuzzCase shrunk = verdict.isHang() ? fuzzCase : shrinker.shrink(fuzzCase, verdict.finding());
            finding = new Finding(verdict.finding(), fuzzCase, verdict.detail(), shrunk);
            findings.put(verdict.finding(), finding);
        }
        finding.count++;
    }

    long seed() {
        return seed;
    }

    long cases() {
        return cases;
    }

    long elapsedNanos() {
        return elapsedNanos;
    }

    Map<String, Long> outcomes() {
        return outcomes;
    }

    Map<String, Long> families() {
        return families;
    }

    List<SlowCase> slowest() {
        return slowest;
    }

    List<Finding> findings() {
        return new ArrayList<>(findings.values());
    }

    FuzzRunner runner() {
        return runner;
    }
}
