package dev.srdi.api.lines;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.srdi.api.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The bytes of the record being generated, and the generator writing them, kept for the thread's next
 * record: a record of 10 KB then costs one copy into its own array, not a fresh buffer to fill and zero. One per thread ({@link
 * #ofThisThread}); a buffer grown past {@link #KEPT} by a rare large record is dropped, not kept.
 */
final class RecordBuffer extends OutputStream {
  /** Bytes a buffer starts with: a Guilin record with its explanations is about 10 KB. */
  private static final int FIRST = 16 * 1024;
  /** The largest buffer a thread keeps between records. */
  private static final int KEPT = 256 * 1024;

  private static final ThreadLocal<RecordBuffer> BUFFERS = ThreadLocal.withInitial(RecordBuffer::new);

  private byte[] bytes = new byte[FIRST];
  private int count;
  private JsonGenerator generator;

  private RecordBuffer() {}

  /** This thread's buffer, empty. */
  static RecordBuffer ofThisThread() {
    RecordBuffer buffer = BUFFERS.get();
    if (buffer.bytes.length > KEPT) {
      buffer.bytes = new byte[FIRST];
    }
    buffer.count = 0;
    return buffer;
  }

  /**
   * The thread's generator writing to this buffer, made once and kept: each record is one more value
   * at its root, with nothing written between them, so that a record does not pay for a new generator.
   */
  JsonGenerator generator() throws IOException {
    if (generator == null) {
      generator = Json.utf8Generator(this);
      generator.setRootValueSeparator(null);
    }
    return generator;
  }

  /** After a record that failed half-way: the generator is inside it, so the next record gets a new one. */
  void discardGenerator() {
    generator = null;
  }

  @Override
  public void write(int b) {
    room(1);
    bytes[count++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    room(len);
    System.arraycopy(b, off, bytes, count, len);
    count += len;
  }

  /** The bytes written so far, in an array of their own. */
  byte[] copy() {
    return Arrays.copyOf(bytes, count);
  }

  private void room(int more) {
    if (count + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(count + more, 2 * bytes.length));
    }
  }
}
