package dev.srdi.core.facts;

import java.util.Objects;
import java.util.regex.Pattern;

/** The type of an achievement. The core names none: each plugin declares the types it reads. */
public record AchievementType(String value) implements Comparable<AchievementType> {
  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]*");

  public AchievementType {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("an achievement type is UPPER_SNAKE_CASE: " + value);
    }
  }

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
}
