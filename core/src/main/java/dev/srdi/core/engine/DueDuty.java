package dev.srdi.core.engine;

import dev.srdi.core.responsibility.RecurringDuty;
import java.time.LocalDate;
import java.util.Objects;

/** A recurring duty's deadline in a given month. */
public record DueDuty(RecurringDuty duty, LocalDate due) {
  public DueDuty {
    Objects.requireNonNull(duty, "duty");
    Objects.requireNonNull(due, "due");
  }
}
