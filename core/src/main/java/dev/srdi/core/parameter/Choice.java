package dev.srdi.core.parameter;

import java.util.Objects;

/**
 * One reading of an ambiguous clause.
 *
 * @param id the choice's id, as a what-if names it, e.g. {@code top-up}
 * @param description what the clause means under this reading
 */
public record Choice(String id, String description) {
  /**
   * Rejects a missing value.
   *
   * @param id the choice's id
   * @param description what the clause means under it
   */
  public Choice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
  }

  /**
   * A choice.
   *
   * @param id the choice's id
   * @param description what the clause means under it
   * @return the choice
   */
  public static Choice of(String id, String description) {
    return new Choice(id, description);
  }
}
