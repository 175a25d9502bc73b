package dev.srdi.cli;

import dev.srdi.api.lines.LineBytes;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * The command's stdout: a {@link java.io.PrintWriter} that writes UTF-8, and that also takes records
 * already encoded ({@link LineBytes}) straight to the stream under it, so that the one thread writing
 * a JSON Lines run in order copies bytes the workers made instead of encoding 10 KB a record itself.
 * A failed write of either kind shows in {@link #checkError()}.
 */
public final class Utf8PrintWriter extends java.io.PrintWriter {
  private final OutputStream bytes;

  /**
   * A writer to a stream, buffered.
   *
   * @param out the stream, e.g. the process's standard output
   */
  public Utf8PrintWriter(OutputStream out) {
    this(new BufferedOutputStream(out));
  }

  private Utf8PrintWriter(BufferedOutputStream out) {
    super(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    this.bytes = out;
  }

  /**
   * Writes a record's bytes after whatever text was printed before it.
   *
   * @param record the record
   */
  public void write(LineBytes record) {
    synchronized (lock) {
      try {
        // Text printed before goes out first: the encoder may still hold it.
        out.flush();
        record.writeTo(bytes);
      } catch (IOException e) {
        setError();
      }
    }
  }
}
