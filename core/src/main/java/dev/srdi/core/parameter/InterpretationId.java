package dev.srdi.core.parameter;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An interpretation's id, e.g. {@code zhanjiang.highest-only}.
 *
 * @param value the id: dotted lower-case words, the jurisdiction's id first
 */
public record InterpretationId(String value) implements Comparable<InterpretationId> {
  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

  /**
   * Checks the form of the id.
   *
   * @param value the id
   * @throws IllegalArgumentException when it is not dotted lower-case words
   */
  public InterpretationId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("an interpretation id is dotted lower-case words: " + value);
    }
  }

  /**
   * The id.
   *
   * @param value dotted lower-case words
   * @return the id
   */
  public static InterpretationId of(String value) {
    return new InterpretationId(value);
  }

  @Override
  public int compareTo(InterpretationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
