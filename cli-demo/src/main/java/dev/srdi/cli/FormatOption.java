package dev.srdi.cli;

import dev.srdi.cli.text.ExcelLineEnds;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * The {@code --format} option every command that prints a result shares, {@code --excel} for its CSV, and
 * {@code --width} and {@code --ambiguous-wide} for its tables.
 */
public final class FormatOption {
  /** What Excel needs to read a CSV file as UTF-8 rather than the system's code page (GBK on Chinese Windows). */
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "table|json|csv",
      description = "table (for people, the default), json (the contract) or csv.")
  Format format = Format.TABLE;

  @Option(names = "--excel",
      description = "With -f csv: start with a UTF-8 byte-order mark and end lines with CRLF, as Excel on Windows reads CSV.")
  boolean excel;

  // Read by the command line's execution strategy (ScreenOptions) before the command runs: the tables are drawn for it.
  @Option(names = "--width", paramLabel = "N",
      description = "Fit tables to N columns; by default COLUMNS, else the terminal's width, else no limit (a file or a pipe).")
  Integer width;

  @Option(names = "--ambiguous-wide",
      description = "Count East Asian ambiguous-width characters (“ ” — ≤ ‘ ’ …) as two columns, as CJK terminals draw them"
          + " (or set SRDI_AMBIGUOUS_WIDE=1).")
  boolean ambiguousWide;

  public Format format() {
    return format;
  }

  /**
   * The text as it is written out: a CSV for Excel gets the byte-order mark and CRLF line ends; anything else is unchanged.
   *
   * @throws UsageException when --excel is given without -f csv, which it would silently not change
   */
  public String encoded(String text) {
    if (!excel()) {
      return text;
    }
    return BYTE_ORDER_MARK + text.replace("\r\n", "\n").replace("\n", "\r\n");
  }

  /**
   * The stream a streamed CSV is written to: for Excel, one that adds the byte-order mark and CRLF as it goes.
   *
   * @throws UsageException when --excel is given without -f csv
   */
  public PrintWriter encoded(PrintWriter out) {
    return excel() ? new PrintWriter(new ExcelLineEnds(out), true) : out;
  }

  private boolean excel() {
    if (excel && format != Format.CSV) {
      throw new UsageException("--excel changes CSV output only: add -f csv");
    }
    return excel;
  }
}
