package io.expresso.runtime.observe.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.expresso.runtime.Expresso;
import io.expresso.runtime.RuntimeConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsFacadeTest {

    @Test
    void shouldExposeASnapshotAndRunTheEmfReporterWhenASinkIsSet() {
        List<String> lines = new ArrayList<>();
        try (Expresso expresso = Expresso.start(new RuntimeConfig().eventLoops(1).emfInterval(Duration.ofMinutes(5))
                .emfSink(lines::add))) {
            MetricsSnapshot snapshot = expresso.metrics();
            assertEquals(0, snapshot.executionsInFlight());
            assertEquals(List.of(), snapshot.machines());
        }
        assertEquals(List.of(), lines);
    }

    @Test
    void shouldRefuseAnEmfIntervalUnderOneSecond() {
        RuntimeConfig config = new RuntimeConfig().emfInterval(Duration.ofMillis(500));
        assertThrows(IllegalArgumentException.class, config::conclude);
    }
}
