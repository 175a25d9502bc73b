package dev.srdi.core.facts;

import java.util.Objects;

/** An enterprise's id as the scenario gives it. */
public record EnterpriseId(String value) implements Comparable<EnterpriseId> {
  public EnterpriseId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("an enterprise id must not be blank");
    }
  }

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
