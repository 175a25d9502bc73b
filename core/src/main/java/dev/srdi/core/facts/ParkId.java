package dev.srdi.core.facts;

import java.util.Objects;

/**
 * An industrial park's id as the scenario gives it.
 *
 * @param value the id, not blank
 */
public record ParkId(String value) implements Comparable<ParkId> {
  /**
   * Rejects a blank id.
   *
   * @param value the id
   * @throws IllegalArgumentException when it is blank
   */
  public ParkId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a park id must not be blank");
    }
  }

  /**
   * The id.
   *
   * @param value the id, not blank
   * @return the id
   */
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
