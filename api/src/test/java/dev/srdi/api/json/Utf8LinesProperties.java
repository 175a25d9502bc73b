package dev.srdi.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.srdi.testkit.PropertyRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Splitting a buffer at a time gives the lines, errors and numbers that splitting a byte at a time gives (the
 * reference below, the reader as it was), for streams of LF, CR, text, bytes that are not UTF-8 and a byte-order
 * mark, with lines on both sides of a small limit and the stream handing over its bytes in chunks of any size.
 */
final class Utf8LinesProperties {
  private static final List<int[]> PIECES = List.of(new int[] {'\n'}, new int[] {'\n'}, new int[] {'\r'},
      new int[] {'\r', '\n'}, new int[] {'a'}, new int[] {'{', '"', 'x', '"', '}'}, new int[] {0xE6, 0xA1, 0x82},
      new int[] {0xEF, 0xBB, 0xBF}, new int[] {0xFF}, new int[] {0xC3});

  @Test
  void aBufferAtATimeSplitsAsAByteAtATime() {
    Gen<byte[]> bytes = lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 40).map(Utf8LinesProperties::joined);
    PropertyRun.qt().withExamples(3_000)
        .forAll(bytes, integers().between(1, 9), integers().between(1, 12))
        .checkAssert((b, limit, chunk) -> assertEquals(
            read(new Utf8Lines(new Chunks(b, chunk), limit)),
            read(new ByteAtATime(new Chunks(b, chunk), limit)), Arrays.toString(b) + " limit " + limit));
  }

  private static byte[] joined(List<int[]> pieces) {
    byte[] out = new byte[pieces.stream().mapToInt(p -> p.length).sum()];
    int k = 0;
    for (int[] piece : pieces) {
      for (int b : piece) {
        out[k++] = (byte) b;
      }
    }
    return out;
  }

  private interface Lines {
    Utf8Lines.Line next() throws IOException;
  }

  private static List<Utf8Lines.Line> read(Lines lines) {
    List<Utf8Lines.Line> out = new ArrayList<>();
    try {
      for (Utf8Lines.Line l = lines.next(); l != null; l = lines.next()) {
        out.add(l);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<Utf8Lines.Line> read(Utf8Lines lines) {
    return read((Lines) lines::next);
  }

  /** A stream that hands over at most so many bytes a read, as a pipe or a socket may. */
  private static final class Chunks extends InputStream {
    private final byte[] bytes;
    private final int chunk;
    private int next;

    Chunks(byte[] bytes, int chunk) {
      this.bytes = bytes;
      this.chunk = chunk;
    }

    @Override public int read() {
      return next < bytes.length ? bytes[next++] & 0xFF : -1;
    }

    @Override public int read(byte[] b, int off, int len) {
      if (next == bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, chunk), bytes.length - next);
      System.arraycopy(bytes, next, b, off, n);
      next += n;
      return n;
    }
  }

  /** The reader as it was before it copied a buffer at a time: the reference. */
  private static final class ByteAtATime implements Lines {
    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private int number;
    private boolean skipping;

    ByteAtATime(InputStream in, int maxLineBytes) {
      this.in = in;
      this.maxLineBytes = maxLineBytes;
    }

    @Override public Utf8Lines.Line next() throws IOException {
      if (skipping && !skipRest()) {
        return null;
      }
      int length = 0;
      boolean any = false;
      while (true) {
        if (position == limit && !fill()) {
          return any ? line(length) : null;
        }
        byte b = buffer[position++];
        any = true;
        if (b == '\n') {
          return line(length);
        }
        if (length == maxLineBytes + 1) {
          skipping = true;
          number++;
          return tooLong();
        }
        if (length == line.length) {
          line = Arrays.copyOf(line, Math.min(line.length * 2, maxLineBytes + 1));
        }
        line[length++] = b;
      }
    }

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

    private Utf8Lines.Line line(int kept) {
      number++;
      int end = kept > 0 && line[kept - 1] == '\r' ? kept - 1 : kept;
      if (end > maxLineBytes) {
        return tooLong();
      }
      int start = number == 1 && Utf8Text.startsWithByteOrderMark(line, 0, end) ? 3 : 0;
      return Utf8Text.decode(line, start, end, number).fold(
          error -> new Utf8Lines.Line(number, "", Optional.of(error)),
          text -> new Utf8Lines.Line(number, text, Optional.empty()));
    }

    private Utf8Lines.Line tooLong() {
      return new Utf8Lines.Line(number, "", Optional.of(InputError.at("$", number, "a line longer than "
          + maxLineBytes + " bytes; each line holds one enterprise object")));
    }
  }
}
