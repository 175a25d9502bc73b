package dev.srdi.core.policy;

import java.util.Objects;

/**
 * Where a declaration was written: a table file of the plugin and the line of its entry, so that a
 * check can point a policy officer at the entry to fix. Declarations built in Java have none.
 */
public record Source(String file, int line) {
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
