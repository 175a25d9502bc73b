package dev.srdi.jurisdictions.guilin;

import static dev.srdi.jurisdictions.guilin.GuilinDepartments.COUNTIES;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.MIIT;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.DIFFICULTIES_A_YEAR;

import dev.srdi.core.responsibility.RecurringDuty;
import dev.srdi.core.responsibility.Responsibility;
import dev.srdi.core.responsibility.Schedule;
import dev.srdi.core.responsibility.TaskId;
import java.time.MonthDay;
import java.util.List;

/**
 * The document's one duty that comes back on a schedule: each SRDI SME's liaison resolves at least
 * one of its difficulties every year ("每年至少"), so it falls due by the year's last day.
 */
final class GuilinDuties {
  private GuilinDuties() {}

  static List<RecurringDuty> all() {
    return List.of(new RecurringDuty(TaskId.of("guilin.duty.liaison-difficulties"),
        "联络员为联系企业解决困难（每年至少" + DIFFICULTIES_A_YEAR.formatDefault() + "项）",
        "each SRDI SME's liaison resolves at least " + DIFFICULTIES_A_YEAR.formatDefault() + " of its difficulties a year",
        Schedule.yearlyBy(MonthDay.of(12, 31)),
        DIFFICULTIES_A_YEAR.citation(),
        Responsibility.responsible(MIIT, COUNTIES)));
  }
}
