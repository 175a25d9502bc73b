package dev.srdi.cli.text;

import java.util.List;

/**
 * A table written a row at a time, for inputs too long to hold: the columns have fixed widths, and a
 * cell that does not fit is cut with "…", so that every line still has the same display width.
 */
public final class StreamingTable {
  private final List<String> headers;
  private final int[] widths;
  private final boolean[] right;

  public StreamingTable(List<String> headers, int[] widths, boolean[] right) {
    if (headers.size() != widths.length || widths.length != right.length) {
      throw new IllegalArgumentException("headers, widths and alignments differ in number");
    }
    this.headers = List.copyOf(headers);
    this.widths = widths.clone();
    this.right = right.clone();
  }

  public String border() {
    var b = new StringBuilder("+");
    for (int w : widths) {
      b.append("-".repeat(w + 2)).append('+');
    }
    return b.append('\n').toString();
  }

  public String header() {
    return border() + line(headers, false) + border();
  }

  public String row(List<String> cells) {
    return line(cells, true);
  }

  private String line(List<String> cells, boolean align) {
    var b = new StringBuilder("|");
    for (int c = 0; c < widths.length; c++) {
      String text = fit(VisibleText.cell(cells.get(c)).replace('\n', ' '), widths[c]);
      b.append(' ').append(align && right[c] ? DisplayWidth.padLeft(text, widths[c]) : DisplayWidth.padRight(text, widths[c]))
          .append(" |");
    }
    return b.append('\n').toString();
  }

  static String fit(String text, int width) {
    if (DisplayWidth.of(text) <= width) {
      return text;
    }
    var b = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = DisplayWidth.of(cp);
      if (used + w > width - 1) {
        break;
      }
      b.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return b.append('…').toString();
  }
}
