package dev.srdi.api.lines;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * The bytes of the record being generated, kept for the thread's next record: a record of 10 KB then
 * costs one copy into its own array, not a fresh buffer to fill and zero. One per thread ({@link
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
