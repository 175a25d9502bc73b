package dev.srdi.core.target;

import java.util.Objects;

/**
 * A target's id, e.g. {@code zhanjiang.target.quality-smes}.
 *
 * @param value the id, not blank
 */
public record TargetId(String value) implements Comparable<TargetId> {
  /**
   * Rejects a blank id.
   *
   * @param value the id
   * @throws IllegalArgumentException when it is blank
   */
  public TargetId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a target id must not be blank");
    }
  }

  /**
   * The id.
   *
   * @param value the id
   * @return the id
   */
  public static TargetId of(String value) {
    return new TargetId(value);
  }

  @Override
  public int compareTo(TargetId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
