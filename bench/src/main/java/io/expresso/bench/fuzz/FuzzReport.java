package io.expresso.bench.fuzz;

import io.expresso.bench.report.Machine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The Markdown report of a campaign: how many cases ran under which conditions, what they ended
 * in, and each distinct finding with the command and the case that reproduce it.
 */
final class FuzzReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    /** Hostile cases run to hundreds of kilobytes; the report shows their start and says how long they are. */
    private static final int SHOWN_CHARS = 2_000;

    private final FuzzCampaign campaign;
    private final long hangMillis;
    private final StringBuilder out = new StringBuilder();

    FuzzReport(FuzzCampaign campaign, long hangMillis) {
        this.campaign = campaign;
        this.hangMillis = hangMillis;
    }

    String render() {
        double seconds = campaign.elapsedNanos() / 1e9;
        List<FuzzCampaign.Finding> findings = campaign.findings();
        line("# Fuzz: definitions, inputs, paths and intrinsics through parse, validate, compile and execute");
        line("");
        line("Written by `io.expresso.bench.fuzz.FuzzMain` at " + WHEN.format(Instant.now()) + ".");
        line(String.format("%,d cases from seed %d in %.1f s (%,.0f cases/s); %d distinct findings.", campaign.cases(),
            campaign.seed(), seconds, campaign.cases() / Math.max(seconds, 1e-9), findings.size()));
        line("");
        line("Each case is made from the seed and its number alone (`CaseGenerator`), deployed and executed on a");
        line("real runtime, and judged by `OutcomeOracle`: a refusal with diagnostics, SUCCEEDED, FAILED with a");
        line("documented `States.*` error and a cause free of Java internals or with a user error, or TIMED_OUT.");
        line("Anything else is a finding.");
        line("");
        conditions(seconds);
        table("Outcomes", "Outcome", campaign.outcomes());
        table("Case families", "Family", campaign.families());
        slowest();
        findings(findings);
        return out.toString();
    }

    private void conditions(double seconds) {
        Machine.conditionsHead().forEach(this::line);
        line("| JVM | " + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version") + " |");
        line("| Seed | " + campaign.seed() + " |");
        line(String.format("| Duration | %.1f s |", seconds));
        line("| Runner | one runtime on one event loop, one case at a time; time scale " + FuzzRunner.TIME_SCALE
            + " (each definition's " + DefinitionGenerator.TIMEOUT_SECONDS + " s limit is "
            + Math.round(DefinitionGenerator.TIMEOUT_SECONDS * FuzzRunner.TIME_SCALE * 1000) + " ms); a case not ended after "
            + hangMillis + " ms is a hang |");
        line("| Runtimes retired after a hang | " + campaign.runner().runtimesRetired() + " (loop threads stopped by force: "
            + campaign.runner().threadsStopped() + "; left spinning, on a JDK that refuses that: "
            + campaign.runner().threadsLeftSpinning() + ") |");
        line("");
    }

    private void table(String title, String column, Map<String, Long> counts) {
        line("## " + title);
        line("");
        line("| " + column + " | Cases | Share |");
        line("| --- | ---: | ---: |");
        counts.forEach((name, count) -> line(String.format("| %s | %,d | %.2f%% |", name, count,
            100.0 * count / Math.max(1, campaign.cases()))));
        line("");
    }

    private void slowest() {
        line("## Slowest cases");
        line("");
        line("Hangs left out. Not findings by themselves; they show where hostile sizes cost time.");
        line("");
        line("| Case | Family | Outcome | Time |");
        line("| ---: | --- | --- | ---: |");
        for (FuzzCampaign.SlowCase slow : campaign.slowest()) {
            line(String.format("| %d | %s | %s | %.1f ms |", slow.number(), slow.family(), slow.outcome(), slow.nanos() / 1e6));
        }
        line("");
    }

    private void findings(List<FuzzCampaign.Finding> findings) {
        line("## Findings");
        line("");
        if (findings.isEmpty()) {
            line("None.");
            return;
        }
        int index = 1;
        for (FuzzCampaign.Finding finding : findings) {
            line("### " + index++ + ". " + visible(finding.signature));
            line("");
            line(String.format("- %,d cases; first at case %d (%s)", finding.count, finding.first.number(),
                finding.first.family()));
            line("- Reproduce: `java -cp bench/target/benchmarks.jar " + FuzzMain.class.getName() + " --seed "
                + campaign.seed() + " --case " + finding.first.number() + "`");
            line("");
            block("", finding.detail);
            FuzzCase shown = finding.shrunk;
            line(shown == finding.first ? "The case:" : "The case, shrunk while the finding held:");
            line("");
            block("json", shown.definition());
            block("json", shown.input());
        }
    }

    private void block(String language, String text) {
        String shown = visible(text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS))
            + (text.length() <= SHOWN_CHARS ? "" : String.format("… (%,d characters in all)", text.length()));
        line("```" + language);
        line(shown.stripTrailing());
        line("```");
        line("");
    }

    /**
     * Control characters would not survive a Markdown viewer, and lone surrogates cannot be written
     * as UTF-8 at all; both are shown escaped.
     */
    private static String visible(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (c < 0x20 && c != '\n' && c != '\t' || Character.isSurrogate(c) && !paired) {
                shown.append(String.format("\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    void save(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Files.writeString(file, render(), StandardCharsets.UTF_8);
    }
}
