package dev.srdi.core.parameter;

import java.util.Objects;
import java.util.regex.Pattern;

/** A parameter's id, e.g. {@code guilin.growth-award.rate}: the jurisdiction first. */
public record ParameterId(String value) implements Comparable<ParameterId> {
  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

  public ParameterId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("a parameter id is dotted lower-case words, e.g. guilin.growth-award.rate: " + value);
    }
  }

  public static ParameterId of(String value) {
    return new ParameterId(value);
  }

  @Override
  public int compareTo(ParameterId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
