package dev.srdi.core.target;

import java.util.Objects;

/** A target's id, e.g. {@code zhanjiang.target.quality-smes}. */
public record TargetId(String value) implements Comparable<TargetId> {
  public TargetId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a target id must not be blank");
    }
  }

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
