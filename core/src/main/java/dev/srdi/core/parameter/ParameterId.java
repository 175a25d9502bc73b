package dev.srdi.core.parameter;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A parameter's id, e.g. {@code guilin.growth-award.rate}: the jurisdiction first.
 *
 * @param value the id: dotted lower-case words, the jurisdiction's id first
 */
public record ParameterId(String value) implements Comparable<ParameterId> {
  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

  /**
   * Checks the form of the id.
   *
   * @param value the id
   * @throws IllegalArgumentException when it is not dotted lower-case words
   */
  public ParameterId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("a parameter id is dotted lower-case words, e.g. guilin.growth-award.rate: " + value);
    }
  }

  /**
   * The id.
   *
   * @param value dotted lower-case words
   * @return the id
   */
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

  /**
   * Equal when the ids are: written out rather than the record's generated method, which is looked up
   * through a method handle that the JIT does not always inline, and ids are map keys on every claim.
   *
   * @param o the other object
   * @return whether it is the same id
   */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ParameterId other && value.equals(other.value);
  }

  /** {@return the hash of the id, the same number the generated method gives} */
  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
