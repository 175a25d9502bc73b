package dev.srdi.cli;

import dev.srdi.cli.text.ExcelLineEnds;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The {@code --format} option every command that prints a result shares, and {@code --excel} for its CSV. */
public final class FormatOption {
  /** What Excel needs to read a CSV file as UTF-8 rather than the system's code page (GBK on Chinese Windows). */
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "table|json|csv",
      description = "table (for people, the default), json (the contract) or csv.")
  Format format = Format.TABLE;

  @Option(names = "--excel",
      description = "With -f csv: start with a UTF-8 byte-order mark and end lines with CRLF, as Excel on Windows reads CSV.")
  boolean excel;

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
