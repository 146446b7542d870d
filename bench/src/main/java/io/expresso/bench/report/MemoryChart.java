package io.expresso.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A server's memory over one load run as a PNG: resident memory and Java heap in use, from the
 * samples taken while the run drove it, with the warm-up's end marked.
 */
final class MemoryChart {

    private static final double MEBIBYTE = 1024 * 1024;

    private final XYChart chart;

    MemoryChart(String title) {
        chart = Plots.lineChart(title, "seconds since the run started", "MiB");
        chart.getStyler().setYAxisMin(0.0);
    }

    /** Adds the run's samples: its resident memory and heap lines, each where sampled. */
    MemoryChart samples(List<ServerFigures.Sample> samples, double warmupSeconds) {
        line("resident memory (RSS)", samples, sample -> sample.rssBytes());
        line("Java heap in use", samples, sample -> sample.heapUsedBytes());
        double top = samples.stream().mapToDouble(sample -> Math.max(nanToZero(sample.rssBytes()), nanToZero(sample.heapUsedBytes())))
            .max().orElse(0) / MEBIBYTE;
        if (top > 0) {
            XYSeries mark = chart.addSeries("end of warm-up", new double[] {warmupSeconds, warmupSeconds}, new double[] {0, top});
            mark.setMarker(SeriesMarkers.NONE);
        }
        return this;
    }

    void save(Path file) throws IOException {
        Plots.save(chart, file);
    }

    private void line(String name, List<ServerFigures.Sample> samples, ToDoubleFunction<ServerFigures.Sample> bytes) {
        double[] x = samples.stream().filter(sample -> Double.isFinite(bytes.applyAsDouble(sample))).mapToDouble(ServerFigures.Sample::seconds).toArray();
        double[] y = samples.stream().mapToDouble(bytes).filter(Double::isFinite).map(value -> value / MEBIBYTE).toArray();
        if (x.length > 0) {
            chart.addSeries(name, x, y).setMarker(SeriesMarkers.NONE);
        }
    }

    private static double nanToZero(double value) {
        return Double.isFinite(value) ? value : 0;
    }
}
