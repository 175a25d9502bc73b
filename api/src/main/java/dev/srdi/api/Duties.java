package dev.srdi.api;

import dev.srdi.api.json.DutiesJson;
import dev.srdi.api.json.Json;
import dev.srdi.core.engine.DueDuty;
import dev.srdi.core.engine.Duty;
import dev.srdi.core.spi.Jurisdiction;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who does what under a jurisdiction: every duty by department, and the recurring duties due in a
 * month where one was asked for.
 *
 * @param jurisdiction the jurisdiction
 * @param matrix every duty, by department
 * @param month the month asked for, if any
 * @param due the recurring duties due in that month (empty without a month)
 */
public record Duties(Jurisdiction jurisdiction, List<Duty> matrix, Optional<YearMonth> month, List<DueDuty> due) {
  /** Copies the lists; rejects a missing value. */
  public Duties {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    matrix = List.copyOf(matrix);
    Objects.requireNonNull(month, "month");
    due = List.copyOf(due);
  }

  /**
   * The duties document, indented, ending in a line break.
   *
   * @return the JSON text
   */
  public String toJson() {
    return Json.pretty(DutiesJson.of(jurisdiction, matrix, month, due));
  }
}
