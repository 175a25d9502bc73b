package dev.srdi.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The texts a policy repeats in every record (measure names, citations, descriptions, notes, reasons, the
 * conditions' requirements: four fifths of a Guilin record's bytes, a few hundred distinct texts), kept
 * escaped and encoded as the generator writes them, so that each is encoded once a thread and then copied.
 * One table a thread, no locks; it is emptied when full, so that texts that do not repeat cannot hold
 * it, and a text longer than {@link #LONGEST} is not kept.
 */
final class EncodedTexts {
  /** Texts a table keeps before it starts again. */
  private static final int ENTRIES = 4096;
  /** The longest text kept, in chars. */
  private static final int LONGEST = 2048;

  private static final ThreadLocal<EncodedTexts> TABLES = ThreadLocal.withInitial(EncodedTexts::new);

  private final Map<String, byte[]> encoded = new HashMap<>();
  private final ByteArrayOutputStream scratch = new ByteArrayOutputStream(256);

  private EncodedTexts() {}

  /** This thread's table. */
  static EncodedTexts ofThisThread() {
    return TABLES.get();
  }

  /**
   * The text as {@code writer} writes a string value (escaped, UTF-8), without its quotes; null for a text
   * too long to keep, which the caller writes itself.
   */
  byte[] of(String text, TextWriter writer) throws IOException {
    byte[] bytes = encoded.get(text);
    if (bytes != null || text.length() > LONGEST) {
      return bytes;
    }
    scratch.reset();
    try (JsonGenerator generator = Json.utf8Generator(scratch)) {
      writer.write(generator, text);
    }
    byte[] quoted = scratch.toByteArray();
    bytes = Arrays.copyOfRange(quoted, 1, quoted.length - 1);
    if (encoded.size() == ENTRIES) {
      encoded.clear();
    }
    encoded.put(text, bytes);
    return bytes;
  }

  /** How a string value is written, on a generator of its own. */
  @FunctionalInterface
  interface TextWriter {
    void write(JsonGenerator generator, String text) throws IOException;
  }
}
