package dev.srdi.jurisdictions.zhanjiang;

import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.FINANCE;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.MIIT_BUREAU;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDocuments.cite;

import dev.srdi.core.responsibility.RecurringDuty;
import dev.srdi.core.responsibility.Responsibility;
import dev.srdi.core.responsibility.Schedule;
import dev.srdi.core.responsibility.TaskId;
import java.time.MonthDay;
import java.util.List;

/** The plan's one recurring duty: the yearly arrangement of the city fund (四、（二） "每年"). */
public final class ZhanjiangDuties {

  /** The text says 每年 without a day; the year's last day is the latest the arrangement can be made for that year. */
  public static final RecurringDuty YEARLY_FUNDING = new RecurringDuty(
      TaskId.of("zhanjiang.duty.yearly-srdi-funding"),
      "每年统筹安排市级中小企业发展专项资金支持专精特新中小企业发展",
      "arrange money from the city SME development special fund for SRDI SMEs, every year",
      Schedule.yearlyBy(MonthDay.of(12, 31)),
      cite("四、（二）", "每年从市级中小企业发展专项资金中统筹安排资金支持‘专精特新’中小企业发展"),
      Responsibility.responsible(MIIT_BUREAU, FINANCE));

  private ZhanjiangDuties() {}

  public static List<RecurringDuty> all() {
    return List.of(YEARLY_FUNDING);
  }
}
