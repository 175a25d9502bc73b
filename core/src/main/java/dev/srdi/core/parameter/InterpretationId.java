package dev.srdi.core.parameter;

import java.util.Objects;
import java.util.regex.Pattern;

/** An interpretation's id, e.g. {@code zhanjiang.highest-only}. */
public record InterpretationId(String value) implements Comparable<InterpretationId> {
  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

  public InterpretationId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("an interpretation id is dotted lower-case words: " + value);
    }
  }

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
