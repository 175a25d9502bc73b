package dev.srdi.cli.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that starts with a UTF-8 byte-order mark and ends each line with CRLF, for CSV that Excel on
 * Windows opens as UTF-8; for output that is streamed (a {@code .jsonl} run), so that no line waits for the rest.
 */
public final class ExcelLineEnds extends FilterWriter {
  private boolean started;
  private boolean afterCarriageReturn;

  public ExcelLineEnds(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    if (!started) {
      started = true;
      out.write('\uFEFF');
    }
    if (c == '\n' && !afterCarriageReturn) {
      out.write('\r');
    }
    afterCarriageReturn = c == '\r';
    out.write(c);
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(buffer[i]);
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(text.charAt(i));
    }
  }
}
