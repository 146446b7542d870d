package io.expresso.bench.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/**
 * What the reports' PNG plots share: Java2D without a display, one size and look, and writing a
 * chart to a file. The plots are drawn with XChart.
 */
final class Plots {

    static final int WIDTH = 900;
    static final int HEIGHT = 480;

    static {
        // Benchmarks run on servers and in CI: no display, and AWT must not look for one.
        System.setProperty("java.awt.headless", "true");
    }

    private Plots() {
    }

    /** @return a line chart of the reports' size and look, with its titles */
    static XYChart lineChart(String title, String xAxis, String yAxis) {
        XYChart chart = new XYChart(WIDTH, HEIGHT);
        chart.setTitle(title);
        chart.setXAxisTitle(xAxis);
        chart.setYAxisTitle(yAxis);
        style(chart.getStyler());
        return chart;
    }

    /** Gives a chart the reports' look: white, the legend right of the plot, where no line runs under it. */
    static void style(Styler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setLegendBorderColor(Color.LIGHT_GRAY);
        styler.setPlotBorderVisible(false);
    }

    /** Writes {@code chart} to {@code file} as a PNG, making its folder if needed. */
    static void save(Chart<?, ?> chart, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
        System.out.println("Wrote " + file);
    }
}
