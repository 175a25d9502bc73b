package dev.srdi.api.json;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Compact JSON written straight into a growing array of UTF-8 bytes, with the escapes {@link Json}'s
 * generators use: {@code \"}, {@code \\}, {@code \b \t \n \f \r}, <code>&#92;u00XX</code> (upper-case hex) for the
 * other control characters, and every other character as itself (a pair outside the BMP as one four-byte
 * sequence, a surrogate that is not half of a pair as {@code ?}, as encoding the text to UTF-8 does). What
 * a Jackson generator does per token (its write context, its checks, a copy of each string into a char
 * buffer and a second pass for surrogates) was a third of writing a 10 KB record; the records' structure is
 * fixed by the writer, so a separator flag is all the state there is. {@code JsonBytesProperties} checks the
 * bytes against the tree's compact text. Not thread-safe: one per thread, reused record after record.
 */
final class JsonBytes {
  /** Bytes the buffer starts with: a Guilin record with its explanations is about 10 KB. */
  static final int FIRST = 16 * 1024;
  /** The largest buffer kept between records: one grown past it by a rare large record is dropped. */
  static final int KEPT = 256 * 1024;
  /** Characters encoded per pass: the buffer is made room for once a pass, at six bytes a character. */
  private static final int CHUNK = 1024;
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  /** For each ASCII character: 0 written as itself, -1 as <code>&#92;u00XX</code>, else the letter after the backslash. */
  private static final byte[] ESCAPES = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = -1;
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\n'] = 'n';
    ESCAPES['\f'] = 'f';
    ESCAPES['\r'] = 'r';
  }

  private byte[] bytes = new byte[FIRST];
  private int count;
  /** Whether a value ends just before: the next value or field name in the same container needs a comma. */
  private boolean separate;
  /** A string's characters, a chunk at a time (String.getChars is a copy the JIT does well; charAt is not). */
  private final char[] chars = new char[CHUNK + 1];
  /** A second such chunk, to compare two texts. */
  private final char[] others = new char[CHUNK];

  /** A field name with its quotes and colon, encoded once. */
  static final class Name {
    private final byte[] utf8;

    private Name(byte[] utf8) {
      this.utf8 = utf8;
    }
  }

  /**
   * A field name, encoded once.
   *
   * @param name plain ASCII, nothing to escape
   * @return the name
   */
  static Name name(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 0x80 || ESCAPES[c] != 0) {
        throw new IllegalArgumentException("a field name to escape: " + name);
      }
    }
    return new Name(("\"" + name + "\":").getBytes(StandardCharsets.US_ASCII));
  }

  /** Starts a new root value: the buffer is empty, its room kept unless a large record grew it. */
  void reset() {
    if (bytes.length > KEPT) {
      bytes = new byte[FIRST];
    }
    count = 0;
    separate = false;
  }

  /** How many bytes are written. */
  int size() {
    return count;
  }

  /** The bytes from {@code from} to the end, in an array of their own. */
  byte[] copy(int from) {
    return Arrays.copyOfRange(bytes, from, count);
  }

  /** The bytes written and a line end, in an array of their own: a compact value holds no line end (strings escape it). */
  byte[] line() {
    byte[] line = Arrays.copyOf(bytes, count + 1);
    line[count] = '\n';
    return line;
  }

  void startObject() {
    beforeValue();
    put('{');
    separate = false;
  }

  void endObject() {
    put('}');
    separate = true;
  }

  void startArray() {
    beforeValue();
    put('[');
    separate = false;
  }

  void endArray() {
    put(']');
    separate = true;
  }

  /** A field's name: its value comes next, with no separator. */
  void field(Name name) {
    byte[] utf8 = name.utf8;
    room(utf8.length + 1);
    if (separate) {
      bytes[count++] = ',';
    }
    System.arraycopy(utf8, 0, bytes, count, utf8.length);
    count += utf8.length;
    separate = false;
  }

  /**
   * Where the next value starts, after its separator: the bytes from there to the end of the value are the
   * value alone, for {@link #raw} to copy elsewhere.
   */
  int valueStart() {
    beforeValue();
    separate = false;
    return count;
  }

  /** A whole value's bytes, as written before from {@link #valueStart}. */
  void raw(byte[] value) {
    room(value.length + 1);
    if (separate) {
      bytes[count++] = ',';
    }
    System.arraycopy(value, 0, bytes, count, value.length);
    count += value.length;
    separate = true;
  }

  void nullValue() {
    room(5);
    if (separate) {
      bytes[count++] = ',';
    }
    bytes[count++] = 'n';
    bytes[count++] = 'u';
    bytes[count++] = 'l';
    bytes[count++] = 'l';
    separate = true;
  }

  void bool(boolean value) {
    beforeValue();
    ascii(value ? "true" : "false");
    separate = true;
  }

  void number(int value) {
    room(12);
    if (separate) {
      bytes[count++] = ',';
    }
    if (value < 0) {
      if (value == Integer.MIN_VALUE) {
        ascii("-2147483648");
        separate = true;
        return;
      }
      bytes[count++] = '-';
      value = -value;
    }
    int digits = 1;
    for (int v = value; v >= 10; v /= 10) {
      digits++;
    }
    for (int i = count + digits - 1; i >= count; i--) {
      bytes[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    count += digits;
    separate = true;
  }

  /** A day as {@link LocalDate#toString} writes it, without making that string for the usual four-digit years. */
  void date(LocalDate day) {
    int year = day.getYear();
    if (year < 1000 || year > 9999) {
      string(day.toString());
      return;
    }
    room(13);
    if (separate) {
      bytes[count++] = ',';
    }
    bytes[count++] = '"';
    digits(year, 4);
    bytes[count++] = '-';
    digits(day.getMonthValue(), 2);
    bytes[count++] = '-';
    digits(day.getDayOfMonth(), 2);
    bytes[count++] = '"';
    separate = true;
  }

  /** A string value, quoted and escaped. */
  void string(String value) {
    startString();
    text(value, 0, value.length());
    endString();
  }

  /**
   * A string value that often ends with a text written before in this buffer, {@code from} to {@code to} (its
   * bytes inside the quotes): when it does, its start is encoded and the rest copied from those bytes.
   * Escaping and encoding go character by character, so the parts' bytes are the whole's, provided no pair is
   * cut: a tail that starts with the second half of a pair is not copied.
   *
   * @param text the value
   * @param tail the text written before
   * @param from where the tail's bytes start
   * @param to where they end
   */
  void stringEndingWith(String text, String tail, int from, int to) {
    int start = text.length() - tail.length();
    if (start < 0 || tail.isEmpty() || Character.isLowSurrogate(tail.charAt(0)) || !endsWith(text, start, tail)) {
      string(text);
      return;
    }
    startString();
    text(text, 0, start);
    encoded(from, to);
    endString();
  }

  /**
   * Whether {@code text} from {@code start} is {@code tail}: String.endsWith compares char by char, two
   * copies into char arrays and {@link Arrays#equals(char[], int, int, char[], int, int)} compare many at once.
   */
  private boolean endsWith(String text, int start, String tail) {
    int length = tail.length();
    if (text.charAt(text.length() - 1) != tail.charAt(length - 1)) {
      return false;
    }
    for (int from = 0; from < length; from += CHUNK) {
      int n = Math.min(CHUNK, length - from);
      text.getChars(start + from, start + from + n, chars, 0);
      tail.getChars(from, from + n, others, 0);
      if (!Arrays.equals(chars, 0, n, others, 0, n)) {
        return false;
      }
    }
    return true;
  }

  /** Opens a string value written in parts: {@link #text}, {@link #encoded}, then {@link #endString}. */
  void startString() {
    beforeValue();
    put('"');
  }

  void endString() {
    put('"');
    separate = true;
  }

  /** Bytes already escaped and encoded, inside a string: a copy of a part written before, from this buffer. */
  void encoded(int from, int to) {
    int length = to - from;
    room(length);
    System.arraycopy(bytes, from, bytes, count, length);
    count += length;
  }

  /**
   * Characters {@code from} to {@code to} of a string, escaped and encoded, inside a string. A pair is never
   * split: a part that ends on the first half of a pair writes it as {@code ?}, as the whole would not, so a
   * caller splits a text only where no pair is cut.
   */
  void text(String value, int from, int to) {
    while (from < to) {
      int end = Math.min(to, from + CHUNK);
      // A pair that straddles the chunk's end is read whole: one more character, and room for its four bytes.
      int read = end < to ? end + 1 : end;
      value.getChars(from, read, chars, 0);
      room(6 * (end - from) + 4);
      from += encode(read - from, end - from);
    }
  }

  /**
   * Encodes {@code chars[0..length)} into the buffer, which has room; {@code readable} chars are there (one
   * more than {@code length} when a pair may straddle the end). Returns how many chars were consumed.
   */
  private int encode(int readable, int length) {
    char[] in = chars;
    byte[] out = bytes;
    int at = count;
    int i = 0;
    while (i < length) {
      char c = in[i++];
      if (c < 0x80) {
        byte escape = ESCAPES[c];
        if (escape == 0) {
          out[at++] = (byte) c;
        } else {
          out[at++] = '\\';
          if (escape > 0) {
            out[at++] = escape;
          } else {
            out[at++] = 'u';
            out[at++] = '0';
            out[at++] = '0';
            out[at++] = HEX[c >> 4];
            out[at++] = HEX[c & 0xF];
          }
        }
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | (c >> 6));
        out[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        out[at++] = (byte) (0xE0 | (c >> 12));
        out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i < readable && Character.isLowSurrogate(in[i])) {
        int cp = Character.toCodePoint(c, in[i++]);
        out[at++] = (byte) (0xF0 | (cp >> 18));
        out[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[at++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        out[at++] = '?';
      }
    }
    count = at;
    return i;
  }

  private void digits(int value, int width) {
    for (int i = count + width - 1; i >= count; i--) {
      bytes[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    count += width;
  }

  private void ascii(String text) {
    room(text.length());
    for (int i = 0; i < text.length(); i++) {
      bytes[count++] = (byte) text.charAt(i);
    }
  }

  private void beforeValue() {
    if (separate) {
      put(',');
    }
  }

  private void put(char c) {
    room(1);
    bytes[count++] = (byte) c;
  }

  private void room(int more) {
    if (count + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(count + more, 2 * bytes.length));
    }
  }
}
