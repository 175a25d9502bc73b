package dev.srdi.core.policy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A jurisdiction's stable id, lower case ASCII, e.g. {@code guilin}.
 *
 * @param value the id: lower-case ASCII letters, digits and '-', a letter first
 */
public record JurisdictionId(String value) implements Comparable<JurisdictionId> {
  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]*");

  /**
   * Checks the form of the id.
   *
   * @param value the id
   * @throws IllegalArgumentException when it is not lower-case ASCII
   */
  public JurisdictionId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("a jurisdiction id is lower-case ASCII letters, digits and '-': " + value);
    }
  }

  /**
   * The id.
   *
   * @param value lower-case ASCII, e.g. {@code guilin}
   * @return the id
   */
  public static JurisdictionId of(String value) {
    return new JurisdictionId(value);
  }

  @Override
  public int compareTo(JurisdictionId other) {
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
    return o == this || o instanceof JurisdictionId other && value.equals(other.value);
  }

  /** {@return the hash of the id, the same number the generated method gives} */
  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
