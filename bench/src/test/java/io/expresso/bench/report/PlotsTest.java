package io.expresso.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of plot is written headless as a PNG of the reports' size, and skips what was not measured. */
class PlotsTest {

    @TempDir
    Path folder;

    @Test
    void shouldWriteLatencyCurvesAsAPng() throws IOException {
        Path file = folder.resolve("latency.png");
        SortedMap<Double, Double> light = new TreeMap<>();
        SortedMap<Double, Double> heavy = new TreeMap<>();
        double[] percentiles = {10, 50, 90, 99, 99.9, 99.99};
        for (int i = 0; i < percentiles.length; i++) {
            light.put(percentiles[i], 150.0 + 40 * i);
            heavy.put(percentiles[i], 400.0 * (i + 1) * (i + 1));
        }

        new LatencyCurveChart("pass-chain").curve("Expresso 25%", light).curve("Expresso 75%", heavy).save(file);

        PngFiles.assertPlot(file);
    }

    @Test
    void shouldWriteThroughputBarsLeavingOutWhatWasNotMeasured() throws IOException {
        Path file = folder.resolve("throughput.png");
        ThroughputBarChart bars = new ThroughputBarChart("in-process", List.of("pass-chain", "choice-loop"), true)
            .series("Expresso", new double[] {136_000, 143_000})
            .series("peer", new double[] {3_300, Double.NaN})
            .series("not run", new double[] {Double.NaN, Double.NaN});

        bars.save(file);

        PngFiles.assertPlot(file);
    }

    @Test
    void shouldDrawNoCurveWithoutAPositiveLatency() {
        SortedMap<Double, Double> nothingSucceeded = new TreeMap<>();
        nothingSucceeded.put(50.0, 0.0);
        nothingSucceeded.put(99.0, Double.NaN);

        assertFalse(new LatencyCurveChart("empty").curve("none", nothingSucceeded).hasCurves());
    }

    @Test
    void shouldLabelTheTailAxisInPercent() {
        assertEquals("0%", LatencyCurveChart.percentileLabel(0));
        assertEquals("90%", LatencyCurveChart.percentileLabel(1));
        assertEquals("99.9%", LatencyCurveChart.percentileLabel(3));
    }
}
