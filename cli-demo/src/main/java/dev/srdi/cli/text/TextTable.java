package dev.srdi.cli.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table for people: columns sized by display width, so that Chinese text stays aligned; long
 * cells wrap inside their column; ASCII borders, so that every line of the table has the same
 * display width in any terminal. On a {@link Screen} of limited width the widest columns give way
 * first, their cells wrapping, until the table fits (or every column is down to {@link #NARROWEST}).
 */
public final class TextTable {
  /** How a column aligns its cells: text to the left, amounts and counts to the right. */
  public enum Align { LEFT, RIGHT }

  /** A column's header, alignment and the widest it may grow before its cells wrap. */
  public record Column(String header, Align align, int maxWidth) {
    public Column {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(align, "align");
      if (maxWidth < 4) {
        throw new IllegalArgumentException("a column is at least 4 wide");
      }
    }

    public static Column left(String header) {
      return new Column(header, Align.LEFT, 40);
    }

    public static Column left(String header, int maxWidth) {
      return new Column(header, Align.LEFT, maxWidth);
    }

    public static Column right(String header) {
      return new Column(header, Align.RIGHT, 40);
    }
  }

  /** The narrowest a column is made to fit a screen. */
  public static final int NARROWEST = 4;

  private final List<Column> columns;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<Integer> rulesBefore = new ArrayList<>();

  private TextTable(List<Column> columns) {
    this.columns = List.copyOf(columns);
  }

  public static TextTable of(Column... columns) {
    return new TextTable(List.of(columns));
  }

  public TextTable row(String... cells) {
    return row(List.of(cells));
  }

  public TextTable row(List<String> cells) {
    if (cells.size() != columns.size()) {
      throw new IllegalArgumentException("a row has " + columns.size() + " cells, not " + cells.size());
    }
    rows.add(cells.stream().map(VisibleText::cell).toList());
    return this;
  }

  /** A horizontal rule before the next row, e.g. above a totals row. */
  public TextTable rule() {
    rulesBefore.add(rows.size());
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The table for the command's screen ({@link Screen#current()}). */
  public String render() {
    int[] widths = naturalWidths();
    Screen.current().width().ifPresent(limit -> fit(widths, limit));
    return render(widths);
  }

  /** Narrows the widest column by one until the lines fit the limit, or no column can narrow further. */
  private static void fit(int[] widths, int limit) {
    int line = 1;
    for (int w : widths) {
      line += w + 3;
    }
    while (line > limit) {
      int widest = 0;
      for (int c = 1; c < widths.length; c++) {
        if (widths[c] > widths[widest]) {
          widest = c;
        }
      }
      if (widths[widest] <= NARROWEST) {
        return;
      }
      widths[widest]--;
      line--;
    }
  }

  private int[] naturalWidths() {
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      int w = DisplayWidth.of(columns.get(c).header());
      for (List<String> row : rows) {
        for (String line : row.get(c).split("\n", -1)) {
          w = Math.max(w, DisplayWidth.of(line));
        }
      }
      widths[c] = Math.min(w, Math.max(columns.get(c).maxWidth(), DisplayWidth.of(columns.get(c).header())));
    }
    return widths;
  }

  private String render(int[] widths) {
    var out = new StringBuilder();
    String border = border(widths);
    out.append(border);
    appendRow(out, columns.stream().map(Column::header).toList(), widths, true);
    out.append(border);
    for (int r = 0; r < rows.size(); r++) {
      if (rulesBefore.contains(r) && r > 0) {
        out.append(border);
      }
      appendRow(out, rows.get(r), widths, false);
    }
    out.append(border);
    return out.toString();
  }

  private static String border(int[] widths) {
    var b = new StringBuilder("+");
    for (int w : widths) {
      b.append("-".repeat(w + 2)).append('+');
    }
    return b.append('\n').toString();
  }

  private void appendRow(StringBuilder out, List<String> cells, int[] widths, boolean header) {
    var wrapped = new ArrayList<List<String>>();
    int height = 1;
    for (int c = 0; c < cells.size(); c++) {
      List<String> lines = Wrap.lines(cells.get(c), widths[c]);
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    for (int line = 0; line < height; line++) {
      out.append('|');
      for (int c = 0; c < cells.size(); c++) {
        String text = line < wrapped.get(c).size() ? wrapped.get(c).get(line) : "";
        boolean right = !header && columns.get(c).align() == Align.RIGHT;
        out.append(' ').append(right ? DisplayWidth.padLeft(text, widths[c]) : DisplayWidth.padRight(text, widths[c]))
            .append(" |");
      }
      out.append('\n');
    }
  }
}
