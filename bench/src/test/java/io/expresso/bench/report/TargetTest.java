package io.expresso.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Targets judge the figure they are about, and nothing else. */
final class TargetTest {

    @Test
    void shouldJudgeATimeRatioTargetByTheTimeRatio() {
        Target target = Target.ratioAtMost(1.3);

        assertEquals("≤ 1.3× ceiling time", target.text());
        assertEquals(1.3, target.measured(130, 100), 1e-9);
        assertEquals("PASS", target.verdict(1.3));
        assertEquals("MISS", target.verdict(1.31));
        assertEquals("—", target.verdict(Double.NaN));
    }

    @Test
    void shouldJudgeAThroughputRatioTargetByTheCeilingsTimeOverOurs() {
        Target target = Target.throughputRatioAtLeast(0.75);

        assertEquals("≥ 0.75× ceiling throughput", target.text());
        assertEquals(0.5, target.measured(200, 100), 1e-9);
        assertEquals("PASS", target.verdict(target.measured(133, 100)));
        assertEquals("MISS", target.verdict(target.measured(134, 100)));
    }

    @Test
    void shouldJudgeATimeTargetByTheTime() {
        Target target = Target.nanosAtMost(30);

        assertEquals("≤ 30 ns/op", target.text());
        assertEquals("PASS", target.verdict(target.measured(29.9, 5)));
        assertEquals("MISS", target.verdict(target.measured(30.1, 500)));
        assertEquals("≤ 10 µs/op", Target.nanosAtMost(10_000).text());
    }

    @Test
    void shouldJudgeAByteTargetByTheBytesGiven() {
        Target target = Target.bytesAtMost(1024);

        assertEquals("≤ 1024 B", target.text());
        assertTrue(Double.isNaN(target.measured(1, 1)));
        assertEquals("PASS", target.verdict(613));
        assertEquals("MISS", target.verdict(1025));
    }

    @Test
    void shouldNotJudgeWithoutATarget() {
        assertEquals("—", Target.none().verdict(1));
        assertEquals("—", Target.none().text());
    }
}
