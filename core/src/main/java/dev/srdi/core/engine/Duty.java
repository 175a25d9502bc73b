package dev.srdi.core.engine;

import dev.srdi.core.policy.Citation;
import dev.srdi.core.responsibility.DepartmentId;
import java.util.Objects;

/** One cell of the responsibility matrix: a department's role in a measure, task, target or duty. */
public record Duty(DepartmentId department, Role role, String itemKind, String itemId, String itemNameZh, Citation citation) {
  public Duty {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(itemKind, "itemKind");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(itemNameZh, "itemNameZh");
    Objects.requireNonNull(citation, "citation");
  }
}
