package io.expresso.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Latency percentile curves as a PNG, one curve per run (or per load level): the percentile runs
 * along the decades of 1 / (1 − p), so that 90%, 99%, 99.9% and 99.99% are equally spaced and the
 * tail, where runs differ, gets most of the width; latency is logarithmic too, as one plot spans
 * an idle server's microseconds and an overloaded one's seconds.
 *
 * <p>XChart gives up a logarithmic axis for a linear one when its tick labels are formatted by a
 * function, so the percentile axis carries log10(1 / (1 − p)) itself, labelled back in percent.
 */
final class LatencyCurveChart {

    /** The axis ends at 99.99%, the last percentile the load generator's curves give. */
    private static final double DECADES = 4;

    private final XYChart chart;
    private int curves;

    LatencyCurveChart(String title) {
        chart = Plots.lineChart(title, "percentile", "latency (ms)");
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(DECADES);
        // Wide enough apart that XChart steps by whole decades: one tick at 0%, 90%, 99%, 99.9%, 99.99%.
        chart.getStyler().setXAxisTickMarkSpacingHint(Plots.WIDTH / (int) (DECADES + 2));
        chart.getStyler().setxAxisTickLabelsFormattingFunction(LatencyCurveChart::percentileLabel);
    }

    /**
     * Adds one curve; percentiles without a positive latency (nothing succeeded) are left out, and a
     * curve left with no point is not drawn.
     *
     * @param microsByPercentile latency in microseconds by percentile (0 to 100, below 100)
     */
    LatencyCurveChart curve(String name, SortedMap<Double, Double> microsByPercentile) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (Map.Entry<Double, Double> point : microsByPercentile.entrySet()) {
            double percentile = point.getKey();
            double micros = point.getValue();
            if (percentile < 100 && micros > 0 && Double.isFinite(micros)) {
                x.add(Math.log10(100 / (100 - percentile)));
                y.add(micros / 1000);
            }
        }
        if (!x.isEmpty()) {
            XYSeries series = chart.addSeries(name, x, y);
            series.setMarker(SeriesMarkers.CIRCLE);
            curves++;
        }
        return this;
    }

    /** @return whether any curve has a point to draw */
    boolean hasCurves() {
        return curves > 0;
    }

    void save(Path file) throws IOException {
        Plots.save(chart, file);
    }

    /** @return the percentile a position on the axis stands for: 1 → 90%, 3 → 99.9% */
    static String percentileLabel(double decades) {
        double percentile = 100 - 100 / Math.pow(10, decades);
        return Numbers.plain(Math.round(percentile * 1000) / 1000.0) + "%";
    }
}
