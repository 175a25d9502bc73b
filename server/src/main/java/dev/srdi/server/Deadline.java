package dev.srdi.server;

/** The moment a request must be answered by, from its arrival; a stream checks it between lines. */
record Deadline(long nanos) {
  static Deadline after(java.time.Duration timeout) {
    return new Deadline(System.nanoTime() + timeout.toNanos());
  }

  boolean passed() {
    return System.nanoTime() - nanos > 0;
  }
}
