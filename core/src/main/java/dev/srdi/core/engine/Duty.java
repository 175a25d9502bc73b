package dev.srdi.core.engine;

import dev.srdi.core.policy.Citation;
import dev.srdi.core.responsibility.DepartmentId;
import java.util.Objects;

/**
 * One cell of the responsibility matrix: a department's role in a measure, task, target or duty.
 *
 * @param department the department
 * @param role whether it leads or is responsible
 * @param itemKind {@code measure}, {@code task}, {@code target} or {@code duty}
 * @param itemId the item's id
 * @param itemNameZh the item's name in the text's words
 * @param citation the item's clause
 */
public record Duty(DepartmentId department, Role role, String itemKind, String itemId, String itemNameZh, Citation citation) {
  /**
   * Rejects a missing value.
   *
   * @param department the department
   * @param role its role
   * @param itemKind the kind of item
   * @param itemId the item's id
   * @param itemNameZh the item's name
   * @param citation the clause
   */
  public Duty {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(itemKind, "itemKind");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(itemNameZh, "itemNameZh");
    Objects.requireNonNull(citation, "citation");
  }
}
