package io.expresso.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Targets judge the ratio or the time they are about, and nothing else. */
final class TargetTest {

    @Test
    void shouldJudgeARatioTargetByTheRatio() {
        Target target = Target.ratioAtMost(1.3);

        assertEquals("≤ 1.3× ceiling", target.text());
        assertEquals("yes", target.verdict(1_000_000, 1.3));
        assertEquals("no", target.verdict(1, 1.31));
        assertEquals("—", target.verdict(1, Double.NaN));
    }

    @Test
    void shouldJudgeATimeTargetByTheTime() {
        Target target = Target.nanosAtMost(30);

        assertEquals("≤ 30 ns/op", target.text());
        assertEquals("yes", target.verdict(29.9, 5));
        assertEquals("no", target.verdict(30.1, 0.5));
    }

    @Test
    void shouldNotJudgeWithoutATarget() {
        assertEquals("—", Target.none().verdict(1, 1));
        assertEquals("—", Target.none().text());
    }
}
