package dev.srdi.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;

/**
 * A thread's string values already escaped and encoded as a generator of {@link Json#utf8Generator}
 * writes them, for the texts that recur from record to record: a measure's names, its citation and
 * units, a reason or a note. Most of a Guilin record is such text, mostly Chinese, and escaping and
 * encoding it is most of the cost of writing it; a value met again is then one copy of its bytes.
 * Keyed by equality, since some of them are made anew for each enterprise. A value is encoded for
 * keeping the second time it is met, not the first, so that a text met once (a reason naming the
 * enterprise's own figures) costs no more than writing it. Bounded by {@link #ENTRIES} values and
 * {@link #BUDGET} bytes: when either is reached, what was not used since the last time is dropped.
 */
final class EncodedStrings {
  /** Values kept at most: a city's recurring texts are a few hundred. */
  static final int ENTRIES = 4096;
  /** Bytes kept at most, counting both the strings and their encodings. */
  static final int BUDGET = 1 << 20;
  /** A longer value is written as it is: it is rarely a recurring text, and would crowd out many that are. */
  static final int LONGEST = 2048;
  /** The largest buffer of characters a thread keeps between values. */
  static final int LONGEST_BUFFER = 64 * 1024;

  private static final ThreadLocal<EncodedStrings> THREADS = ThreadLocal.withInitial(EncodedStrings::new);
  /** What a value met once maps to: not encoded yet. */
  private static final Encoded SEEN = new Encoded("", new byte[0]);

  private final HashMap<String, Encoded> values = new HashMap<>();
  private final Scratch scratch = new Scratch();
  private JsonGenerator generator;
  private int bytes;
  private char[] chars = new char[1024];

  /** A cache of its own; a writer takes {@link #ofThisThread}'s. */
  EncodedStrings() {}

  /** This thread's cache. */
  static EncodedStrings ofThisThread() {
    return THREADS.get();
  }

  /**
   * Writes a string value: its kept encoding if it has been met before, else its characters.
   *
   * @param out the generator, from {@link Json#utf8Generator}
   * @param value the string
   * @throws IOException if the generator cannot write
   */
  void write(JsonGenerator out, String value) throws IOException {
    int length = value.length();
    Encoded known = length > LONGEST ? null : values.get(value);
    if (known == null) {
      if (length <= LONGEST) {
        keep(value, SEEN);
      }
      out.writeString(charsOf(value), 0, length);
      return;
    }
    if (known == SEEN) {
      known = encode(value);
      keep(value, known);
    }
    known.used = true;
    out.writeString(known);
  }

  /** How many values are kept, encoded or met once. */
  int kept() {
    return values.size();
  }

  /** The bytes counted against {@link #BUDGET}. */
  int keptBytes() {
    return bytes;
  }

  private void keep(String value, Encoded encoded) {
    int size = 2 * value.length() + encoded.utf8.length;
    if (values.size() >= ENTRIES || bytes + size > BUDGET) {
      dropUnused();
    }
    // A value met once (SEEN) was counted already.
    if (values.put(value, encoded) == null) {
      bytes += 2 * value.length();
    }
    bytes += encoded.utf8.length;
  }

  /** Drops what was not used since the last time; all of it if what is left would still fill half the room. */
  private void dropUnused() {
    values.values().removeIf(e -> !e.used);
    bytes = 0;
    for (var entry : values.entrySet()) {
      entry.getValue().used = false;
      bytes += 2 * entry.getKey().length() + entry.getValue().utf8.length;
    }
    if (2 * values.size() >= ENTRIES || 2 * bytes >= BUDGET) {
      values.clear();
      bytes = 0;
    }
  }

  /**
   * The value's characters in a buffer the caller may read until its next call, each surrogate that is
   * not half of a pair replaced with {@code ?}, as encoding the text to UTF-8 does.
   *
   * @param value the string
   * @return the buffer; its first {@code value.length()} chars are the value
   */
  char[] charsOf(String value) {
    int length = value.length();
    if (chars.length < length) {
      // A rare long text (an error listing every fault of a line) gets a buffer of its own, not kept.
      char[] grown = new char[Math.max(length, 2 * chars.length)];
      if (grown.length <= LONGEST_BUFFER) {
        chars = grown;
      } else {
        value.getChars(0, length, grown, 0);
        replaceLoneSurrogates(grown, length);
        return grown;
      }
    }
    value.getChars(0, length, chars, 0);
    replaceLoneSurrogates(chars, length);
    return chars;
  }

  private static void replaceLoneSurrogates(char[] chars, int length) {
    for (int i = 0; i < length; i++) {
      if (Character.isSurrogate(chars[i])) {
        i = pairOrQuestionMark(chars, i, length);
      }
    }
  }

  /** At a surrogate: skips a whole pair, or replaces a lone half; returns the index of its last char. */
  private static int pairOrQuestionMark(char[] chars, int i, int length) {
    if (Character.isHighSurrogate(chars[i]) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
      return i + 1;
    }
    chars[i] = '?';
    return i;
  }

  /**
   * The bytes a generator of {@link Json#utf8Generator} writes for the value, without the quotes: the
   * same escapes by construction. The thread's scratch generator writes one value after another at
   * its root, with nothing between them, and is kept, since misses come at about one a record.
   */
  private Encoded encode(String value) {
    try {
      if (generator == null) {
        generator = Json.utf8Generator(scratch);
        generator.setRootValueSeparator(null);
      }
      scratch.reset();
      generator.writeString(charsOf(value), 0, value.length());
      generator.flush();
    } catch (IOException e) {
      generator = null;
      throw new UncheckedIOException("cannot encode a string in memory", e);
    }
    return new Encoded(value, scratch.unquoted());
  }

  /** What the scratch generator writes: one quoted value at a time. */
  private static final class Scratch extends ByteArrayOutputStream {
    Scratch() {
      super(256);
    }

    byte[] unquoted() {
      return Arrays.copyOfRange(buf, 1, count - 1);
    }
  }

  /**
   * A value's escaped UTF-8, for {@link JsonGenerator#writeString(SerializableString)}, which copies
   * {@link #appendQuotedUTF8} into its buffer, or writes {@link #asQuotedUTF8} when it does not fit.
   * The other forms are made when asked for; the generator does not ask for them.
   */
  private static final class Encoded implements SerializableString {
    private final String value;
    private final byte[] utf8;
    /** Whether it was written since the cache last dropped what it did not use. */
    private boolean used;

    Encoded(String value, byte[] utf8) {
      this.value = value;
      this.utf8 = utf8;
    }

    @Override
    public String getValue() {
      return value;
    }

    @Override
    public int charLength() {
      return value.length();
    }

    @Override
    public char[] asQuotedChars() {
      return new String(utf8, StandardCharsets.UTF_8).toCharArray();
    }

    /** The bytes themselves, not a copy, as Jackson's own {@code SerializedString} gives them: the generator only reads them. */
    @Override
    public byte[] asQuotedUTF8() {
      return utf8;
    }

    @Override
    public byte[] asUnquotedUTF8() {
      return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      return append(utf8, buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
      return append(asQuotedChars(), buffer, offset);
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
      return append(asUnquotedUTF8(), buffer, offset);
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
      return append(value.toCharArray(), buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
      out.write(utf8);
      return utf8.length;
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
      byte[] unquoted = asUnquotedUTF8();
      out.write(unquoted);
      return unquoted.length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
      return put(utf8, buffer);
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
      return put(asUnquotedUTF8(), buffer);
    }

    @Override
    public String toString() {
      return value;
    }

    private static int append(byte[] from, byte[] to, int offset) {
      if (offset + from.length > to.length) {
        return -1;
      }
      System.arraycopy(from, 0, to, offset, from.length);
      return from.length;
    }

    private static int append(char[] from, char[] to, int offset) {
      if (offset + from.length > to.length) {
        return -1;
      }
      System.arraycopy(from, 0, to, offset, from.length);
      return from.length;
    }

    private static int put(byte[] from, ByteBuffer to) {
      if (from.length > to.remaining()) {
        return -1;
      }
      to.put(from);
      return from.length;
    }
  }
}
