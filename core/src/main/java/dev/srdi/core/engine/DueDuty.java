package dev.srdi.core.engine;

import dev.srdi.core.responsibility.RecurringDuty;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A recurring duty's deadline in a given month.
 *
 * @param duty the duty
 * @param due the day it falls due
 */
public record DueDuty(RecurringDuty duty, LocalDate due) {
  /**
   * Rejects a missing value.
   *
   * @param duty the duty
   * @param due the day
   */
  public DueDuty {
    Objects.requireNonNull(duty, "duty");
    Objects.requireNonNull(due, "due");
  }
}
