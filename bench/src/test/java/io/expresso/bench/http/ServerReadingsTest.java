package io.expresso.bench.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What the server sampler reads from jstat's lines and from Expresso's Prometheus text. */
class ServerReadingsTest {

    @Test
    void shouldSumTheUsedSpacesOfAJstatLine() {
        JstatColumns columns = JstatColumns.of(
            "S0C S1C S0U S1U EC EU OC OU MC MU CCSC CCSU YGC YGCT FGC FGCT CGC CGCT GCT".split(" "));

        double used = columns.heapUsedBytes(
            "0.0 2048.0 0.0 1024.0 51200.0 4096.0 1048576.0 8192.0 30000.0 29000.0 3000.0 2800.0 5 0.1 0 0.0 2 0.01 0.11".split(" "));

        assertEquals((1024 + 4096 + 8192) * 1024.0, used);
    }

    @Test
    void shouldRefuseAHeaderWithoutTheUsedColumns() {
        assertNull(JstatColumns.of("Timestamp S0C S1C".split(" ")));
    }

    @Test
    void shouldReadInFlightAndSumThrottledOverMachines() {
        String text = String.join("\n",
            "# HELP expresso_execution_throttled_total Execution starts refused.",
            "# TYPE expresso_execution_throttled_total counter",
            "expresso_execution_throttled_total{state_machine_arn=\"arn:a\"} 7",
            "expresso_execution_throttled_total{state_machine_arn=\"arn:b\"} 5",
            "expresso_executions_in_flight_high 99",
            "expresso_executions_in_flight 32",
            "");

        assertArrayEquals(new double[] {32, 12}, PrometheusFigures.inFlightAndThrottled(text));
    }

    @Test
    void shouldGiveNaNForFiguresTheTextLacks() {
        double[] figures = PrometheusFigures.inFlightAndThrottled("other_metric 1\n");

        assertEquals(Double.NaN, figures[0]);
        assertEquals(Double.NaN, figures[1]);
    }
}
