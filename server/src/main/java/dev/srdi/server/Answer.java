package dev.srdi.server;

import java.io.IOException;
import java.io.OutputStream;

/** What an endpoint answers: a whole document, a problem, or JSON Lines written as they are evaluated. */
sealed interface Answer {
  /** A JSON document, the same bytes the command prints. */
  record Document(String body, int enterprises) implements Answer {}

  /** An error, as {@code application/problem+json}. */
  record Failed(HttpProblem problem) implements Answer {}

  /** JSON Lines, one per input line, written while the input is read. */
  record Lines(LineWriter writer) implements Answer {}

  /** Writes the lines; returns the number of enterprises evaluated. */
  @FunctionalInterface
  interface LineWriter {
    int write(OutputStream out, Deadline deadline) throws IOException;
  }

  static Answer document(String body) {
    return new Document(body, 0);
  }
}
