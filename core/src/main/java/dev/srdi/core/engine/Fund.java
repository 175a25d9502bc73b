package dev.srdi.core.engine;

import java.util.Objects;

/**
 * A fund a jurisdiction's measures are paid from: a short id for tables, budgets and the command line,
 * and the full name as the plugin's measure sheet writes it (often a sentence with the clause).
 *
 * @param id e.g. {@code guilin.fund-1}
 * @param name the funding source as the measures name it, or {@link Summary#NOT_STATED}
 */
public record Fund(String id, String name) {
  /**
   * Rejects a missing value.
   *
   * @param id the short id
   * @param name the full name
   */
  public Fund {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
