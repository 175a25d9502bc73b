package dev.srdi.core.target;

import dev.srdi.core.parameter.Settings;
import java.time.LocalDate;
import java.util.Objects;

/** The year a target report is for, the day it is made on, and the settings in force. */
public record TargetQuery(int year, LocalDate asOf, Settings settings) {
  public TargetQuery {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(settings, "settings");
  }

  public LocalDate yearStart() {
    return LocalDate.of(year, 1, 1);
  }

  public LocalDate yearEnd() {
    return LocalDate.of(year, 12, 31);
  }

  /**
   * The same query looking no later than the deadline: a target set "by" a date (到2025年…达到) is
   * judged on what happened by then, so later events never count towards it.
   */
  public TargetQuery until(LocalDate deadline) {
    return asOf.isAfter(deadline) ? new TargetQuery(year, deadline, settings) : this;
  }

  /** The same query under other settings (the target's values as in force on its date). */
  public TargetQuery withSettings(Settings other) {
    return new TargetQuery(year, asOf, other);
  }

  /** The last day the report may look at: the year's end, or the as-of date if earlier. */
  public LocalDate cutOff() {
    return asOf.isBefore(yearEnd()) ? asOf : yearEnd();
  }
}
