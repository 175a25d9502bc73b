package dev.srdi.api;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with an input, where it is: the JSON path (e.g. {@code
 * enterprises[3].financials[0].revenue}, empty for the document itself) and the line, where known.
 */
public record InputError(String path, Optional<Integer> line, String message) implements Comparable<InputError> {
  public InputError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(message, "message");
  }

  public static InputError at(String path, int line, String message) {
    return new InputError(path, line > 0 ? Optional.of(line) : Optional.empty(), message);
  }

  /** The same error for a JSON Lines file, where the path starts at the line's enterprise. */
  public InputError onLine(int lineNumber) {
    return new InputError(path, Optional.of(lineNumber), message);
  }

  /** "enterprises[3].financials[0].revenue: must not be negative (line 17)". */
  public String describe() {
    return (path.isEmpty() ? "" : path + ": ") + message + line.map(n -> " (line " + n + ")").orElse("");
  }

  /** "financials[0].revenue: must not be negative", for a place that states the line itself. */
  public String describeWithoutLine() {
    return (path.isEmpty() ? "" : path + ": ") + message;
  }

  @Override
  public int compareTo(InputError other) {
    int byLine = Integer.compare(line.orElse(0), other.line.orElse(0));
    return byLine != 0 ? byLine : path.compareTo(other.path);
  }

  @Override
  public String toString() {
    return describe();
  }
}
