package dev.srdi.core.facts;

import java.util.Objects;

/** An industrial park's id as the scenario gives it. */
public record ParkId(String value) implements Comparable<ParkId> {
  public ParkId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a park id must not be blank");
    }
  }

  public static ParkId of(String value) {
    return new ParkId(value);
  }

  @Override
  public int compareTo(ParkId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
