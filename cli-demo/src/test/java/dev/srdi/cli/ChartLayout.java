package dev.srdi.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart's SVG with the positions that come from text widths left out. The SVG keeps its labels as text, but
 * the layout around them (a centred title, the legend's boxes, the plot area beside the tick labels) is worked
 * out from the widths of the fonts installed where the chart is drawn, which differ from machine to machine
 * (with or without a CJK font, and which one), and so do the points where a long title is broken into lines.
 * What stays is everything else: every element but the labels in order, every style, the number of points of
 * each line, the image's own size, and the labels' words in order wherever their lines break.
 */
final class ChartLayout {
  /** Attributes whose value is a position or a length on the page, and the path data. */
  private static final Pattern PLACED = Pattern.compile("\\b(x|y|d|width|height|transform)=\"([^\"]*)\"");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text\\s*>");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern SIZE = Pattern.compile("<svg [^>]*?height=\"([^\"]+)\"[^>]*?width=\"([^\"]+)\"");

  private ChartLayout() {}

  /**
   * {@return the image's size, the labels' words without white space, and the SVG without its labels, white
   * space, or the numbers of its placed attributes}
   *
   * @param svg the chart's text
   */
  static String of(String svg) {
    Matcher size = SIZE.matcher(svg);
    String dimensions = size.find() ? "size " + size.group(2) + " × " + size.group(1) : "no size";
    var words = new StringBuilder();
    Matcher label = TEXT.matcher(svg);
    while (label.find()) {
      words.append(label.group(1));
    }
    String shapes = TEXT.matcher(svg).replaceAll("");
    Matcher m = PLACED.matcher(shapes);
    var out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "=\"" + NUMBER.matcher(m.group(2)).replaceAll("#")
          + "\""));
    }
    m.appendTail(out);
    return dimensions + "\nlabels: " + SPACE.matcher(words).replaceAll("") + "\n" + SPACE.matcher(out).replaceAll("");
  }
}
