package dev.srdi.api.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a byte stream, each decoded as UTF-8 on its own, so that one line that is not UTF-8
 * spoils that line only and not the rest of a JSON Lines file. Lines end as {@link
 * java.io.BufferedReader#readLine()} ends them: at {@code \n}, {@code \r} or {@code \r\n}. One
 * UTF-8 byte-order mark at the start of the stream (as some Windows editors write) is skipped. Read by
 * the command and the server alike, so that a JSON Lines file and a JSON Lines request split the same way.
 */
public final class Utf8Lines implements Closeable {
  /**
   * One line: its text, and whether its bytes were UTF-8 (if not, the text has U+FFFD in their place).
   *
   * @param text the line, without its end
   * @param utf8 whether its bytes were UTF-8
   */
  public record Line(String text, boolean utf8) {}

  private final InputStream in;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private byte[] line = new byte[256];
  private boolean first = true;

  /**
   * Lines of the stream, read as they are asked for.
   *
   * @param in the bytes; closed by {@link #close()}
   */
  public Utf8Lines(InputStream in) {
    this.in = in;
  }

  /**
   * The next line.
   *
   * @return the line, or null at the end of the stream
   * @throws IOException if the stream cannot be read
   */
  public Line next() throws IOException {
    int length = 0;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        return any ? decode(length) : null;
      }
      byte b = buffer[position++];
      any = true;
      if (b == '\n') {
        return decode(length);
      }
      if (b == '\r') {
        if ((position < limit || fill()) && buffer[position] == '\n') {
          position++;
        }
        return decode(length);
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, line.length * 2);
      }
      line[length++] = b;
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

  private Line decode(int length) {
    int start = 0;
    if (first) {
      first = false;
      if (length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
        start = 3;
      }
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(line, start, length - start))
          .toString();
      return new Line(text, true);
    } catch (CharacterCodingException e) {
      return new Line(new String(line, start, length - start, StandardCharsets.UTF_8), false);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
