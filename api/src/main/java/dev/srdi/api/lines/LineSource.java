package dev.srdi.api.lines;

import dev.srdi.api.json.Utf8Lines;
import java.io.IOException;

/** Where the lines come from: a {@link Utf8Lines} ({@code lines::next}), or one that also watches a deadline. */
@FunctionalInterface
public interface LineSource {
  /**
   * The next line.
   *
   * @return the line, or null at the end of the input
   * @throws IOException if the input cannot be read (the lines read before it are still written)
   */
  Utf8Lines.Line next() throws IOException;
}
