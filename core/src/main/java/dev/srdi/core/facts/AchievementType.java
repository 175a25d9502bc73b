package dev.srdi.core.facts;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The type of an achievement. The core names none: each plugin declares the types it reads.
 *
 * @param value the name, in UPPER_SNAKE_CASE, e.g. {@code CLOUD_ADOPTION}
 */
public record AchievementType(String value) implements Comparable<AchievementType> {
  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]*");

  /**
   * Checks the form of the name.
   *
   * @param value the name, in UPPER_SNAKE_CASE
   * @throws IllegalArgumentException when it is not UPPER_SNAKE_CASE
   */
  public AchievementType {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("an achievement type is UPPER_SNAKE_CASE: " + value);
    }
  }

  /**
   * The type of that name.
   *
   * @param value the name, in UPPER_SNAKE_CASE
   * @return the type
   */
  public static AchievementType of(String value) {
    return new AchievementType(value);
  }

  @Override
  public int compareTo(AchievementType other) {
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
    return o == this || o instanceof AchievementType other && value.equals(other.value);
  }

  /** {@return the hash of the id, the same number the generated method gives} */
  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
