package dev.srdi.jurisdictions.xiangxiang;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangDocuments.srdi;

import dev.srdi.core.responsibility.RecurringDuty;
import dev.srdi.core.responsibility.Schedule;
import dev.srdi.core.responsibility.TaskId;
import java.util.List;

/**
 * Plan two 四、（三）: "于每月25日前…报送至市科技工信局中小企业办公室" and "实行月分析、季考核".
 *
 * <p>The monthly analysis has no day in the text. It follows the reports due by the 25th, so it is due
 * by the latest day every month has that the core's monthly schedule accepts (the 28th): a stand-in
 * for "by the month's end", not a number of the text. The quarterly assessment is due by the quarter's
 * last day.
 */
final class XiangxiangDuties {
  /** Not a policy number: the core's monthly schedule takes days 1–28, and the text gives no day. */
  static final int LATEST_DAY_EVERY_MONTH_HAS = 28;

  private XiangxiangDuties() {}

  static final List<RecurringDuty> ALL = List.of(
      new RecurringDuty(TaskId.of("xiangxiang.duty.monthly-report"), "每月报送“专精特新”中小企业培育工作情况",
          "monthly report of the month's SRDI cultivation work to the SME office of the Bureau of Science, Technology, "
              + "Industry and IT",
          Schedule.monthlyBy(XiangxiangParameters.MONTHLY_REPORT_DAY.defaultValue()),
          XiangxiangParameters.MONTHLY_REPORT_DAY.citation(), XiangxiangDepartments.SUPERVISION),
      new RecurringDuty(TaskId.of("xiangxiang.duty.monthly-analysis"), "“专精特新”中小企业培育工作月分析",
          "monthly analysis of the SRDI cultivation work (no day in the text: by the 28th as a stand-in for month end)",
          Schedule.monthlyBy(LATEST_DAY_EVERY_MONTH_HAS),
          srdi("四、（三）", "实行月分析、季考核"), XiangxiangDepartments.ANALYSIS),
      new RecurringDuty(TaskId.of("xiangxiang.duty.quarterly-assessment"), "“专精特新”中小企业培育工作季考核",
          "quarterly assessment of the SRDI cultivation work",
          Schedule.quarterly(),
          srdi("四、（三）", "实行月分析、季考核"), XiangxiangDepartments.ANALYSIS));
}
