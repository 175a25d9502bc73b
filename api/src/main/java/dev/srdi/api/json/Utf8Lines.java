package dev.srdi.api.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * The lines of a byte stream, each decoded as UTF-8 on its own, so that one line that is not UTF-8
 * spoils that line only and not the rest of a JSON Lines file. A line ends at LF ({@code \n}), its
 * CR dropped if it ends at CRLF; a lone CR is part of the line (JSON reads it as whitespace between
 * tokens, and refuses it inside a string), so that a record never splits in two. A line longer than
 * {@link InputLimits#MAX_LINE_BYTES} is not kept: it is read on to its end and given as an error,
 * so that an endless line neither fills the memory nor stops the lines after it. One UTF-8
 * byte-order mark at the start of the stream (as some Windows editors write) is skipped. Read by the
 * command and the server alike, so that a JSON Lines file and a JSON Lines request split the same way.
 */
public final class Utf8Lines implements Closeable {
  /**
   * One line: its number, its text, and why it cannot be read, if it cannot.
   *
   * @param number the line's number in the stream, from 1
   * @param text the line, without its end; empty when it cannot be read
   * @param error why the line cannot be read (not UTF-8, too long), at its line; empty if it can
   */
  public record Line(int number, String text, Optional<InputError> error) {}

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private byte[] line = new byte[256];
  private int number;
  private boolean skipping;

  /**
   * Lines of the stream, read as they are asked for, each at most {@link InputLimits#MAX_LINE_BYTES}.
   *
   * @param in the bytes; closed by {@link #close()}
   */
  public Utf8Lines(InputStream in) {
    this(in, InputLimits.MAX_LINE_BYTES);
  }

  /** Lines of at most the given length, for a test that need not write a megabyte. */
  Utf8Lines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * The next line.
   *
   * @return the line, or null at the end of the stream
   * @throws IOException if the stream cannot be read
   */
  public Line next() throws IOException {
    if (skipping && !skipRest()) {
      return null;
    }
    int length = 0;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        return any ? line(length) : null;
      }
      any = true;
      // The line's bytes in this buffer are found first and copied in one go: a byte at a time, splitting
      // was most of the reading thread's work, and with two workers that thread set the pace.
      int end = position;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      // One byte past the limit is kept: a CR there may end a CRLF line that just fits.
      int room = maxLineBytes + 1 - length;
      int bytes = end - position;
      if (bytes > room) {
        keep(room, length);
        // Given as an error at once, the rest skipped when the next line is asked for: an endless line
        // is reported while it is still being written, and the lines after it are read.
        position += room + 1;
        skipping = true;
        number++;
        return tooLong();
      }
      keep(bytes, length);
      length += bytes;
      position = end;
      if (end < limit) {
        position++;
        return line(length);
      }
    }
  }

  /** Appends the next bytes of the buffer to the line, which then holds {@code length + bytes}. */
  private void keep(int bytes, int length) {
    if (length + bytes > line.length) {
      line = Arrays.copyOf(line, Math.min(Math.max(line.length * 2, length + bytes), maxLineBytes + 1));
    }
    System.arraycopy(buffer, position, line, length, bytes);
  }

  /** Reads past the end of the too long line; false if the stream ends first. */
  private boolean skipRest() throws IOException {
    while (true) {
      if (position == limit && !fill()) {
        skipping = false;
        return false;
      }
      if (buffer[position++] == '\n') {
        skipping = false;
        return true;
      }
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    while (n == 0) {
      n = in.read(buffer);
    }
    position = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }

  private Line line(int kept) {
    number++;
    int end = kept > 0 && line[kept - 1] == '\r' ? kept - 1 : kept;
    if (end > maxLineBytes) {
      return tooLong();
    }
    int start = number == 1 && Utf8Text.startsWithByteOrderMark(line, 0, end) ? 3 : 0;
    return Utf8Text.decode(line, start, end, number).fold(
        error -> new Line(number, "", Optional.of(error)),
        text -> new Line(number, text, Optional.empty()));
  }

  private Line tooLong() {
    return new Line(number, "", Optional.of(InputError.at("$", number, "a line longer than " + maxLineBytes
        + " bytes; each line holds one enterprise object")));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
