package dev.srdi.core.policy;

import java.util.Objects;

/**
 * Where a declaration was written: a table file of the plugin and the line of its entry, so that a check can
 * point a policy officer at the entry to fix. Declarations built in Java have none.
 *
 * @param file the table file, as the plugin names it, e.g. {@code guilin/parameters.yaml}
 * @param line the line of the entry, from 1
 */
public record Source(String file, int line) {
  /**
   * Rejects a missing file and a line before the first.
   *
   * @param file the table file
   * @param line the line, from 1
   * @throws IllegalArgumentException when the line is below 1
   */
  public Source {
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("lines count from 1: " + line);
    }
  }

  @Override public String toString() {
    return file + ":" + line;
  }
}
