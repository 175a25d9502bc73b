package dev.srdi.core.target;

import dev.srdi.core.parameter.Settings;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The year a target report is for, the day it is made on, and the settings in force.
 *
 * @param year the calendar year the report is for
 * @param asOf the day it is made on: nothing after it counts
 * @param settings the parameter values in force
 */
public record TargetQuery(int year, LocalDate asOf, Settings settings) {
  /**
   * Rejects a missing value.
   *
   * @param year the year
   * @param asOf the day of the report
   * @param settings the settings
   */
  public TargetQuery {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(settings, "settings");
  }

  /** {@return the first day of the year} */
  public LocalDate yearStart() {
    return LocalDate.of(year, 1, 1);
  }

  /** {@return the last day of the year} */
  public LocalDate yearEnd() {
    return LocalDate.of(year, 12, 31);
  }

  /**
   * The same query looking no later than the deadline: a target set "by" a date (到2025年…达到) is judged on what
   * happened by then, so later events never count towards it.
   *
   * @param deadline the last day that counts (included)
   * @return the query, its as-of date moved back to the deadline where it was later
   */
  public TargetQuery until(LocalDate deadline) {
    return asOf.isAfter(deadline) ? new TargetQuery(year, deadline, settings) : this;
  }

  /**
   * The same query under other settings (the target's values as in force on its date).
   *
   * @param other the settings to read the target's values with
   * @return the query
   */
  public TargetQuery withSettings(Settings other) {
    return new TargetQuery(year, asOf, other);
  }

  /** {@return the last day the report may look at: the year's end, or the as-of date if earlier} */
  public LocalDate cutOff() {
    return asOf.isBefore(yearEnd()) ? asOf : yearEnd();
  }
}
