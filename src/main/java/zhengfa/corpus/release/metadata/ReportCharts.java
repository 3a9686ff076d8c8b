package zhengfa.corpus.release.metadata;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The charts of report.html, drawn by JFreeChart and written by JFreeSVG as inline SVG elements.
 *
 * <p>Text is measured with the DejaVu Sans the jar carries, never with the machine's fonts, so the
 * same release gives the same SVG bytes on every machine (the browser then draws the text with
 * DejaVu Sans or its nearest font). Element ids are prefixed with the chart's own id, not the
 * clock, for the same reason.
 */
final class ReportCharts {

    // Unquoted: JFreeSVG writes it inside a single-quoted style attribute.
    private static final String FONT_FAMILY = "DejaVu Sans, Verdana, Arial, sans-serif";
    private static final Color BAR = new Color(0x2f, 0x6f, 0xa7);
    private static final Color SILVER = new Color(0xb0, 0xb7, 0xc0);
    private static final int WIDTH = 720;
    private static final int ROW_HEIGHT = 22;

    private final StandardChartTheme theme;

    ReportCharts() {
        Font base = loadFont();
        theme = new StandardChartTheme("zhengfa-report", false);
        theme.setExtraLargeFont(base.deriveFont(Font.BOLD, 16f));
        theme.setLargeFont(base.deriveFont(Font.BOLD, 13f));
        theme.setRegularFont(base.deriveFont(12f));
        theme.setSmallFont(base.deriveFont(11f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    }

    /** Horizontal bars, one per value: for facets whose names are long (regions, sources). */
    String bars(String id, String valueAxis, Map<String, Integer> counts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach((name, count) -> data.addValue(count, valueAxis, name));
        JFreeChart chart = ChartFactory.createBarChart(
                null, null, valueAxis, data, PlotOrientation.HORIZONTAL, false, false, false);
        style(chart, false);
        return svg(id, chart, WIDTH, 60 + ROW_HEIGHT * Math.max(1, counts.size()));
    }

    /** Vertical columns in the map's order: for ordered values (years, length bins). */
    String columns(String id, String categoryAxis, String valueAxis, Map<String, Integer> counts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach((name, count) -> data.addValue(count, valueAxis, name));
        JFreeChart chart = ChartFactory.createBarChart(
                null, categoryAxis, valueAxis, data, PlotOrientation.VERTICAL, false, false, false);
        style(chart, false);
        CategoryAxis axis = ((CategoryPlot) chart.getPlot()).getDomainAxis();
        // Labels such as 16000–31999 may take up to twice their column's width before being cut short.
        axis.setMaximumCategoryLabelWidthRatio(2.0f);
        if (counts.size() > 12) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return svg(id, chart, WIDTH, 300);
    }

    /** Spans per label, gold and silver stacked. */
    String goldAndSilver(String id, Map<String, Integer> all, Map<String, Integer> silver) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        all.forEach((label, count) -> {
            int machine = silver.getOrDefault(label, 0);
            data.addValue(count - machine, "gold", label);
            data.addValue(machine, "silver", label);
        });
        JFreeChart chart = ChartFactory.createStackedBarChart(
                null, null, "spans", data, PlotOrientation.HORIZONTAL, true, false, false);
        style(chart, true);
        return svg(id, chart, WIDTH, 90 + ROW_HEIGHT * Math.max(1, all.size()));
    }

    private void style(JFreeChart chart, boolean stacked) {
        theme.apply(chart);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        plot.setOutlineVisible(false);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, BAR);
        if (stacked) {
            renderer.setSeriesPaint(1, SILVER);
        }
        renderer.setMaximumBarWidth(0.08);
        renderer.setItemMargin(0);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }

    private static String svg(String id, JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id + "-");
        g2.setFontFunction(family -> FONT_FAMILY);
        chart.draw(new MeasuringGraphics(g2), new Rectangle(0, 0, width, height));
        return g2.getSVGElement(id);
    }

    private static Font loadFont() {
        try (InputStream in = ReportCharts.class.getResourceAsStream("DejaVuSans.ttf")) {
            if (in == null) {
                throw new IllegalStateException("DejaVuSans.ttf is missing from the jar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("DejaVuSans.ttf in the jar is not a TrueType font", e);
        }
    }
}
