package dev.srdi.core.parameter;

import java.util.Objects;

/** One reading of an ambiguous clause. */
public record Choice(String id, String description) {
  public Choice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
  }

  public static Choice of(String id, String description) {
    return new Choice(id, description);
  }
}
