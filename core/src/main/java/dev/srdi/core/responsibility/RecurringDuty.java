package dev.srdi.core.responsibility;

import dev.srdi.core.policy.Citation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/** A duty that comes back on a schedule, such as the monthly report due by the 25th. */
public record RecurringDuty(
    TaskId id, String nameZh, String nameEn, Schedule schedule, Citation citation, Responsibility responsibility) {
  public RecurringDuty {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(responsibility, "responsibility");
  }

  public List<LocalDate> dueIn(YearMonth month) {
    return schedule.dueIn(month);
  }
}
