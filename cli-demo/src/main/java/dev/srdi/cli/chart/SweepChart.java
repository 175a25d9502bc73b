package dev.srdi.cli.chart;

import dev.srdi.api.Sweep;
import dev.srdi.api.SweepPoint;
import dev.srdi.core.engine.Fund;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;

/**
 * A sweep drawn as lines over its values: the total cost and each fund's, in yuan; a two-parameter grid as
 * one line of the total per value of the second axis. The labels are
 * bilingual; SVG writes them as text (the viewer's fonts draw the Chinese, none is needed here), PNG
 * draws them with the first installed font that has the glyphs (e.g. Debian's fonts-noto-cjk).
 */
public final class SweepChart {
  /** The picture's size in pixels. */
  public static final int WIDTH = 960;
  public static final int HEIGHT = 540;
  /** The series of the total, beside one series per fund id. */
  public static final String TOTAL = "Total 合计";
  private static final String SAMPLE = "费用资金合计参数扫描元";
  private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

  private SweepChart() {}

  /**
   * The chart's data: the total, one column per value, in yuan.
   *
   * @param sweep the sweep
   * @return the dataset of the left axis
   */
  public static DefaultCategoryDataset totals(Sweep sweep) {
    var data = new DefaultCategoryDataset();
    for (SweepPoint p : sweep.points()) {
      data.addValue(p.total().toYuan(), TOTAL, p.value());
    }
    return data;
  }

  /**
   * A grid's data: one line per value of the second axis (named by the axis and the value), one column per
   * value of the first, the total in yuan.
   *
   * @param sweep the two-parameter sweep
   * @return the dataset
   */
  public static DefaultCategoryDataset gridTotals(Sweep sweep) {
    var data = new DefaultCategoryDataset();
    String across = sweep.across().orElseThrow().id();
    for (SweepPoint p : sweep.points()) {
      data.addValue(p.total().toYuan(), across + " = " + p.across().orElseThrow(), p.value());
    }
    return data;
  }

  /**
   * The funds whose cost the sweep changes, one row each (by id), one column per value, in yuan; a fund
   * that costs the same at every value is a flat line, left to the table.
   *
   * @param sweep the sweep
   * @return the dataset of the right axis
   */
  public static DefaultCategoryDataset changingFunds(Sweep sweep) {
    var data = new DefaultCategoryDataset();
    for (Fund f : sweep.funds()) {
      boolean changes = sweep.points().stream().map(p -> p.byFund().get(f.id())).distinct().count() > 1;
      if (changes) {
        sweep.points().forEach(p -> data.addValue(p.byFund().get(f.id()).toYuan(), f.id(), p.value()));
      }
    }
    return data;
  }

  /**
   * The chart: the value on the horizontal axis (with the parameter's unit), the cost in yuan on the other.
   *
   * @param sweep the sweep
   * @param font the font to draw with (SVG names it; PNG needs its glyphs)
   * @return the chart
   */
  public static JFreeChart chart(Sweep sweep, Font font) {
    var theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(font.deriveFont(Font.BOLD, 18f));
    theme.setLargeFont(font.deriveFont(Font.BOLD, 14f));
    theme.setRegularFont(font.deriveFont(Font.PLAIN, 12f));
    theme.setSmallFont(font.deriveFont(Font.PLAIN, 10f));
    String axis = sweep.axis().id() + sweep.unit().map(u -> " (" + u + ")").orElse(sweep.axis().interpretation()
        ? " (choice 选项)" : "");
    String title = sweep.isGrid()
        ? "Sweep grid 参数网格: " + sweep.axis().id() + " × " + sweep.across().orElseThrow().id()
        : "Sweep 参数扫描: " + sweep.axis().id();
    JFreeChart chart = org.jfree.chart.ChartFactory.createLineChart(
        title + " — " + sweep.enterprises() + " enterprises 家企业, as of " + sweep.asOf(),
        axis, "Total cost 总费用 (yuan 元)", sweep.isGrid() ? gridTotals(sweep) : totals(sweep), PlotOrientation.VERTICAL,
        true, false, false);
    theme.apply(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
    if (sweep.axis().values().size() > 12) {
      plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    var renderer = (LineAndShapeRenderer) plot.getRenderer();
    renderer.setDefaultShapesVisible(true);
    if (sweep.isGrid()) {
      // A line per value of the second axis, all of the same weight: the total is what a grid compares.
      renderer.setAutoPopulateSeriesStroke(false);
      renderer.setDefaultStroke(new BasicStroke(2f));
      ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
      return chart;
    }
    renderer.setSeriesStroke(0, new BasicStroke(3f));
    // The funds that change are far smaller than the total: they get an axis of their own, on the right.
    DefaultCategoryDataset funds = changingFunds(sweep);
    if (funds.getRowCount() > 0) {
      var fundAxis = new NumberAxis("Cost of the funds that change 变动资金费用 (yuan 元)");
      fundAxis.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
      fundAxis.setLabelFont(font.deriveFont(Font.PLAIN, 12f));
      fundAxis.setTickLabelFont(font.deriveFont(Font.PLAIN, 10f));
      plot.setRangeAxis(1, fundAxis);
      plot.setDataset(1, funds);
      plot.mapDatasetToRangeAxis(1, 1);
      var fundRenderer = new LineAndShapeRenderer(true, true);
      fundRenderer.setDefaultStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
      fundRenderer.setAutoPopulateSeriesStroke(false);
      plot.setRenderer(1, fundRenderer);
    }
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
    return chart;
  }

  /**
   * Writes the chart as SVG.
   *
   * @param sweep the sweep
   * @param out where to write
   * @throws IOException when it cannot be written
   */
  public static void svg(Sweep sweep, OutputStream out) throws IOException {
    svg(chart(sweep, new Font(Font.SANS_SERIF, Font.PLAIN, 12)), out);
  }

  /**
   * Writes a chart as SVG with Batik's generator (Apache-2.0), its text kept as SVG text.
   *
   * @param chart the chart
   * @param out where to write
   * @throws IOException when it cannot be written
   */
  public static void svg(JFreeChart chart, OutputStream out) throws IOException {
    Document document;
    try {
      document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
          .createDocument(SVG_NAMESPACE, "svg", null);
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
    }
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
    // No "Generated by" comment and no embedded fonts: the viewer's fonts draw the Chinese.
    context.setComment(null);
    context.setEmbeddedFontsOn(false);
    SVGGraphics2D g = new SVGGraphics2D(context, false);
    g.setSVGCanvasSize(new Dimension(WIDTH, HEIGHT));
    // JFreeChart draws rotated labels (the vertical axes') as outlines unless told otherwise: keep them text.
    org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    g.stream(writer, true);
    writer.flush();
  }

  /**
   * Writes the chart as PNG.
   *
   * @param sweep the sweep
   * @param font the font with Chinese glyphs, or the default sans-serif (see {@link #chineseFont()})
   * @param out where to write
   * @throws IOException when it cannot be written
   */
  public static void png(Sweep sweep, Font font, OutputStream out) throws IOException {
    ChartUtils.writeChartAsPNG(out, chart(sweep, font), WIDTH, HEIGHT);
  }

  /**
   * A font that draws the labels' Chinese: the JDK's sans-serif when its fallbacks have the glyphs, else
   * the first installed font that has them, preferring Noto Sans CJK.
   *
   * @return the font, or empty when none is installed
   */
  public static Optional<Font> chineseFont() {
    Font logical = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    if (logical.canDisplayUpTo(SAMPLE) == -1) {
      return Optional.of(logical);
    }
    Font[] fonts = GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts();
    return Arrays.stream(fonts)
        .filter(f -> f.canDisplayUpTo(SAMPLE) == -1)
        .sorted(java.util.Comparator.comparing((Font f) -> !f.getFamily().contains("Noto Sans CJK"))
            .thenComparing((Font f) -> f.getFamily()))
        .findFirst()
        .map(f -> f.deriveFont(Font.PLAIN, 12f));
  }

}
