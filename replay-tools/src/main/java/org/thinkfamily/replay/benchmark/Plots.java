package org.thinkfamily.replay.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The benchmark report's pictures, drawn with JFreeChart as PNG files beside the report. */
final class Plots {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 420;

    private Plots() {}

    /** One line per named series of (seconds since its start, value). */
    static void lines(Path file, String title, String xLabel, String yLabel, Map<String, List<double[]>> series)
            throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        series.forEach((name, points) -> {
            XYSeries line = new XYSeries(name);
            points.forEach(p -> line.add(p[0], p[1]));
            data.addSeries(line);
        });
        JFreeChart chart = ChartFactory.createXYLineChart(
                title, xLabel, yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        chart.getPlot().setBackgroundPaint(java.awt.Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    /** Bars of counts by bucket, one colour per named series; buckets in the order given. */
    static void bars(Path file, String title, String xLabel, String yLabel, Map<String, Map<String, Long>> series)
            throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, buckets) -> buckets.forEach((bucket, n) -> data.addValue(n, name, bucket)));
        JFreeChart chart =
                ChartFactory.createBarChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        chart.getPlot().setBackgroundPaint(java.awt.Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }
}
