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

  /**
   * In the order of the file: by line (errors without a line, about the document as a whole, first),
   * then by JSON path, its indices compared as numbers ({@code enterprises[2]} before {@code
   * enterprises[10]}), so that a one-line document still lists its enterprises in order.
   */
  @Override
  public int compareTo(InputError other) {
    int byLine = Integer.compare(line.orElse(0), other.line.orElse(0));
    return byLine != 0 ? byLine : comparePaths(path, other.path);
  }

  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        int byNumber = new java.math.BigInteger(a.substring(i, endA)).compareTo(new java.math.BigInteger(b.substring(j, endB)));
        if (byNumber != 0) {
          return byNumber;
        }
        i = endA;
        j = endB;
      } else if (x != y) {
        return Character.compare(x, y);
      } else {
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && Character.isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  @Override
  public String toString() {
    return describe();
  }
}
