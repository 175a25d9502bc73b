package dev.srdi.core.responsibility;

import dev.srdi.core.policy.Citation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A duty that comes back on a schedule, such as the monthly report due by the 25th.
 *
 * @param id the duty's id
 * @param nameZh its name in the text's words
 * @param nameEn its name in English
 * @param schedule when it falls due
 * @param citation the clause that sets it
 * @param responsibility who owes it
 */
public record RecurringDuty(
    TaskId id, String nameZh, String nameEn, Schedule schedule, Citation citation, Responsibility responsibility) {
  /**
   * Rejects a missing value.
   *
   * @param id the id
   * @param nameZh its name
   * @param nameEn its name in English
   * @param schedule when it falls due
   * @param citation the clause
   * @param responsibility who owes it
   */
  public RecurringDuty {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(responsibility, "responsibility");
  }

  /**
   * The deadlines of the duty that fall in the month.
   *
   * @param month the month
   * @return the days, in order; empty when none falls in it
   */
  public List<LocalDate> dueIn(YearMonth month) {
    return schedule.dueIn(month);
  }
}
