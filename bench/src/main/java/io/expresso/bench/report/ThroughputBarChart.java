package io.expresso.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;

/**
 * Throughput bars as a PNG: one group per workload, one bar per system measured (Expresso, its
 * ceiling, the peer). The axis is logarithmic where the systems differ by orders of magnitude.
 */
final class ThroughputBarChart {

    private final CategoryChart chart;
    private final List<String> workloads;
    private final boolean logarithmic;
    private int series;
    private double smallest = Double.POSITIVE_INFINITY;

    /** @param logarithmic whether the throughput axis is logarithmic */
    ThroughputBarChart(String title, List<String> workloads, boolean logarithmic) {
        this.workloads = List.copyOf(workloads);
        this.logarithmic = logarithmic;
        chart = new CategoryChart(Plots.WIDTH, Plots.HEIGHT);
        chart.setTitle(title);
        chart.setYAxisTitle("executions/s" + (logarithmic ? " (log scale)" : ""));
        Plots.style(chart.getStyler());
        chart.getStyler().setYAxisLogarithmic(logarithmic);
        chart.getStyler().setYAxisDecimalPattern("#,###");
        chart.getStyler().setAvailableSpaceFill(0.8);
        // Workload names are long enough to run into each other when six share the axis.
        chart.getStyler().setXAxisLabelRotation(20);
    }

    /**
     * Adds one system's bars; a workload it has no positive figure for gets no bar, and a system
     * with no figure at all is left out.
     *
     * @param perSecond executions per second, in the order of the chart's workloads; NaN where not measured
     */
    ThroughputBarChart series(String name, double[] perSecond) {
        List<Double> values = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < workloads.size(); i++) {
            double value = i < perSecond.length ? perSecond[i] : Double.NaN;
            boolean measured = value > 0 && Double.isFinite(value);
            // XChart draws no bar for a null value.
            values.add(measured ? value : null);
            any |= measured;
            smallest = measured ? Math.min(smallest, value) : smallest;
        }
        if (any) {
            chart.addSeries(name, workloads, values);
            series++;
        }
        return this;
    }

    /** @return whether any system has a bar */
    boolean hasBars() {
        return series > 0;
    }

    void save(Path file) throws IOException {
        if (logarithmic && series > 0) {
            // The decade below the smallest bar; XChart would otherwise take a missing bar's 0 as the axis' start.
            chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(smallest))));
        }
        Plots.save(chart, file);
    }
}
