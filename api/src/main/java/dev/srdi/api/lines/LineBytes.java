package dev.srdi.api.lines;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One record's output as UTF-8 bytes, and how many lines it holds. The bytes are made on the thread
 * that formats the record, so that the one thread writing the records in order only copies them out.
 */
public final class LineBytes {
  private static final LineBytes EMPTY = new LineBytes(new byte[0], 0);

  private final byte[] utf8;
  private final int lines;

  private LineBytes(byte[] utf8, int lines) {
    this.utf8 = utf8;
    this.lines = lines;
  }

  /**
   * No output at all: a format's header or footer when it has none.
   *
   * @return the empty record
   */
  public static LineBytes empty() {
    return EMPTY;
  }

  /**
   * A text, encoded as UTF-8 as a writer would encode it (a lone surrogate becomes {@code ?}).
   *
   * @param text the text, each line ending with a line end
   * @return its bytes, and its number of line ends
   */
  public static LineBytes of(String text) {
    int lines = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return new LineBytes(text.getBytes(StandardCharsets.UTF_8), lines);
  }

  /**
   * Bytes already encoded, which this value takes over: the caller must not change them.
   *
   * @param utf8 the bytes
   * @param lines how many line ends they hold
   * @return the record
   */
  static LineBytes encoded(byte[] utf8, int lines) {
    return new LineBytes(utf8, lines);
  }

  /**
   * How many line ends the record holds.
   *
   * @return the count
   */
  public int lines() {
    return lines;
  }

  /**
   * Whether there is nothing to write.
   *
   * @return true for no bytes
   */
  public boolean isEmpty() {
    return utf8.length == 0;
  }

  /**
   * Writes the bytes.
   *
   * @param out where to
   * @throws IOException if they cannot be written
   */
  public void writeTo(OutputStream out) throws IOException {
    out.write(utf8);
  }

  /**
   * The record as text, for an output that takes characters.
   *
   * @return the bytes decoded
   */
  public String text() {
    return new String(utf8, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return text();
  }
}
