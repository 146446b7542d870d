package io.expresso.bench.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The short fuzz run CI makes: a fixed seed's first cases through the real runtime, each of which
 * must end in an outcome the runtime documents. A finding fails the test with the report, which
 * holds the command that runs the case again.
 */
class FuzzTest {

    private static final long SEED = 20_261_208L;
    /** About fifteen seconds on one core, a few more on a busy one. */
    private static final long CASES = 20_000;
    private static final long HANG_MILLIS = 3_000;

    @Test
    void shouldEndEveryGeneratedCaseInADocumentedOutcome() {
        try (FuzzRunner runner = new FuzzRunner(HANG_MILLIS)) {
            FuzzCampaign campaign = new FuzzCampaign(SEED, runner, 100, null);
            campaign.run(CASES, Double.POSITIVE_INFINITY);
            List<FuzzCampaign.Finding> findings = campaign.findings();
            assertTrue(findings.isEmpty(), () -> findings.size() + " findings\n" + new FuzzReport(campaign, HANG_MILLIS).render());
            assertEquals(CASES, campaign.cases());
        }
    }

    @Test
    void shouldMakeACaseAgainFromItsSeedAndNumberAlone() {
        FuzzCase first = new CaseGenerator(SEED).generate(12_345);
        new CaseGenerator(SEED).generate(12_344);
        FuzzCase again = new CaseGenerator(SEED).generate(12_345);
        assertEquals(first.definition(), again.definition());
        assertEquals(first.input(), again.input());
        assertEquals(first.family(), again.family());
    }
}
