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
}
