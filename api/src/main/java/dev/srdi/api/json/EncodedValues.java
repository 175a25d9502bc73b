package dev.srdi.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;

/**
 * A thread's whole JSON values, as a generator of {@link Json#utf8Generator} writes them, of the objects
 * that recur from record to record as the very same instance: a measure's citation and its units are
 * one object for every grant of the measure. Such a value met again is then one copy of its bytes, not
 * a dozen fields and strings. Kept the second time its object is met, so that objects made anew for each
 * record cost a lookup only; at most {@link #ENTRIES} objects, after which it starts again empty.
 */
final class EncodedValues {
  /** Objects kept at most: a city has a few dozen citations. */
  static final int ENTRIES = 1024;
  /** A longer value is written as it is each time. */
  static final int LONGEST = 16 * 1024;

  private static final ThreadLocal<EncodedValues> THREADS = ThreadLocal.withInitial(EncodedValues::new);
  /** What an object met once maps to. */
  private static final Raw SEEN = new Raw(new byte[0]);
  /** What an object whose value is longer than {@link #LONGEST} maps to. */
  private static final Raw LONG = new Raw(new byte[0]);

  private final IdentityHashMap<Object, Raw> values = new IdentityHashMap<>();
  private final Scratch scratch = new Scratch();
  private JsonGenerator generator;

  /** A cache of its own; a writer takes {@link #ofThisThread}'s. */
  EncodedValues() {}

  /** This thread's cache. */
  static EncodedValues ofThisThread() {
    return THREADS.get();
  }

  /** Writes one whole JSON value of an object, the same for the same object. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator out) throws IOException;
  }

  /**
   * Writes the value of an immutable object: its kept bytes if the same object was met before, else what
   * {@code body} writes.
   *
   * @param out the generator, from {@link Json#utf8Generator}
   * @param key the object; its value must not change
   * @param body what writes its value, to the generator it is given
   * @throws IOException if the generator cannot write
   */
  void write(JsonGenerator out, Object key, Body body) throws IOException {
    Raw known = values.get(key);
    if (known == SEEN) {
      known = capture(body);
      keep(key, known);
    }
    if (known == null || known == LONG) {
      if (known == null) {
        keep(key, SEEN);
      }
      body.write(out);
      return;
    }
    out.writeRawValue(known);
  }

  /** How many objects are kept, encoded or met once. */
  int kept() {
    return values.size();
  }

  private void keep(Object key, Raw raw) {
    if (values.size() >= ENTRIES && !values.containsKey(key)) {
      values.clear();
    }
    values.put(key, raw);
  }

  /** The bytes the body writes as one value at the root of the thread's scratch generator. */
  private Raw capture(Body body) {
    try {
      if (generator == null) {
        generator = Json.utf8Generator(scratch);
        generator.setRootValueSeparator(null);
      }
      scratch.reset();
      body.write(generator);
      generator.flush();
    } catch (IOException | RuntimeException e) {
      // The generator may be left inside the value: the next capture gets a new one.
      generator = null;
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw new UncheckedIOException("cannot encode a value in memory", (IOException) e);
    }
    return scratch.size() > LONGEST ? LONG : new Raw(scratch.toByteArray());
  }

  /** What the scratch generator writes: one value at a time. */
  private static final class Scratch extends ByteArrayOutputStream {
    Scratch() {
      super(1024);
    }
  }

  /**
   * A value's JSON as UTF-8, for {@link JsonGenerator#writeRawValue(SerializableString)}, which copies
   * {@link #appendUnquotedUTF8} into its buffer, or writes {@link #asUnquotedUTF8} when it does not fit.
   * Its text, quoted as a JSON string, is made when asked for; the generator does not ask for it.
   */
  private static final class Raw implements SerializableString {
    private final byte[] utf8;

    Raw(byte[] utf8) {
      this.utf8 = utf8;
    }

    private SerializedString quoted() {
      return new SerializedString(getValue());
    }

    @Override
    public String getValue() {
      return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
      return getValue().length();
    }

    @Override
    public char[] asQuotedChars() {
      return quoted().asQuotedChars();
    }

    @Override
    public byte[] asQuotedUTF8() {
      return quoted().asQuotedUTF8();
    }

    /** The bytes themselves, not a copy, as Jackson's own {@code SerializedString} gives them: the generator only reads them. */
    @Override
    public byte[] asUnquotedUTF8() {
      return utf8;
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      return quoted().appendQuotedUTF8(buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
      return quoted().appendQuoted(buffer, offset);
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
      if (offset + utf8.length > buffer.length) {
        return -1;
      }
      System.arraycopy(utf8, 0, buffer, offset, utf8.length);
      return utf8.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
      return quoted().appendUnquoted(buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
      return quoted().writeQuotedUTF8(out);
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
      out.write(utf8);
      return utf8.length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
      return quoted().putQuotedUTF8(buffer);
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
      if (utf8.length > buffer.remaining()) {
        return -1;
      }
      buffer.put(utf8);
      return utf8.length;
    }

    @Override
    public String toString() {
      return getValue();
    }
  }
}
