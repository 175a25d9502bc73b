package dev.srdi.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jetty.io.Content;

/**
 * A request body as a blocking stream that waits for bytes only until the request's deadline, then
 * throws {@link Deadline.Passed}: a client that stops sending is noticed by the worker, which can
 * still end its answer properly (Jetty's own idle timeout, set later, would close the connection).
 */
final class DeadlineInput extends InputStream {
  private final Content.Source source;
  private final Deadline deadline;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private boolean demanded;
  private Content.Chunk chunk;

  DeadlineInput(Content.Source source, Deadline deadline) {
    this.source = source;
    this.deadline = deadline;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    while (true) {
      if (chunk != null) {
        if (Content.Chunk.isFailure(chunk)) {
          throw chunk.getFailure() instanceof IOException io ? io : new IOException(chunk.getFailure());
        }
        ByteBuffer bytes = chunk.getByteBuffer();
        if (bytes.hasRemaining()) {
          int n = Math.min(len, bytes.remaining());
          bytes.get(b, off, n);
          return n;
        }
        if (chunk.isLast()) {
          return -1;
        }
        chunk.release();
        chunk = null;
      }
      chunk = source.read();
      if (chunk == null) {
        await();
      }
    }
  }

  /** Waits for the source to say it has more, or for the deadline. */
  private void await() throws IOException {
    lock.lock();
    try {
      demanded = true;
      source.demand(() -> {
        lock.lock();
        try {
          demanded = false;
          arrived.signalAll();
        } finally {
          lock.unlock();
        }
      });
      while (demanded) {
        long left = deadline.nanosLeft();
        if (left <= 0) {
          throw new Deadline.Passed(deadline.millis());
        }
        arrived.await(left, TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting for the request body");
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    if (chunk != null) {
      chunk.release();
      chunk = null;
    }
  }
}
