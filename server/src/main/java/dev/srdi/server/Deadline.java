package dev.srdi.server;

import java.io.IOException;
import java.time.Duration;

/** The moment a request must be answered by, from its arrival; a stream checks it between lines. */
record Deadline(long nanos, long millis) {
  static Deadline after(Duration timeout) {
    return new Deadline(System.nanoTime() + timeout.toNanos(), timeout.toMillis());
  }

  boolean passed() {
    return System.nanoTime() - nanos > 0;
  }

  /** How long until the deadline, in nanoseconds; zero or less once it has passed. */
  long nanosLeft() {
    return nanos - System.nanoTime();
  }

  /** A stream that went past its deadline: a 503 if nothing was sent yet, else the answer is cut short. */
  static final class Passed extends IOException {
    final long millis;

    Passed(long millis) {
      super("the request was not answered within " + millis + " ms");
      this.millis = millis;
    }
  }
}
