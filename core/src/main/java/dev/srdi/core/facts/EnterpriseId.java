package dev.srdi.core.facts;

import java.util.Objects;

/**
 * An enterprise's id as the scenario gives it.
 *
 * @param value the id, not blank
 */
public record EnterpriseId(String value) implements Comparable<EnterpriseId> {
  /**
   * Rejects a blank id.
   *
   * @param value the id
   */
  public EnterpriseId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("an enterprise id must not be blank");
    }
  }

  /**
   * The id.
   *
   * @param value the id, not blank
   * @return the id
   */
  public static EnterpriseId of(String value) {
    return new EnterpriseId(value);
  }

  @Override
  public int compareTo(EnterpriseId other) {
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
    return o == this || o instanceof EnterpriseId other && value.equals(other.value);
  }

  /** {@return the hash of the id, the same number the generated method gives} */
  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
