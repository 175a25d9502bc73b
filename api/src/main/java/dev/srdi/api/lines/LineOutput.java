package dev.srdi.api.lines;

import java.io.IOException;

/** Where the records go, one whole record's bytes at a time, in input order, from one thread. */
@FunctionalInterface
public interface LineOutput {
  /**
   * Writes one record's whole bytes (one or more complete lines), then runs {@code written}: an output
   * that can be stopped from another thread runs both under one lock, so that totals taken when it
   * stops count exactly what was written.
   *
   * @param record the record's UTF-8 bytes, ending with a line end
   * @param written what to count once the record is out
   * @return false if the output was stopped and nothing was written: the run ends there
   * @throws IOException if the record cannot be written
   */
  boolean write(LineBytes record, Runnable written) throws IOException;
}
