package dev.srdi.jurisdictions.xiangxiang;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangDocuments.srdi;

import dev.srdi.core.responsibility.RecurringDuty;
import dev.srdi.core.responsibility.Schedule;
import dev.srdi.core.responsibility.TaskId;
import java.util.List;

/**
 * Plan two 四、（三）: "于每月25日前…报送至市科技工信局中小企业办公室" and "实行月分析、季考核".
 *
 * <p>The monthly report's day is the parameter {@link XiangxiangParameters#MONTHLY_REPORT_DAY}. The
 * monthly analysis has no day in the text ("月分析"): it analyses the month, whose reports are due by
 * the 25th, so it falls due by the month's last day ({@link Schedule#monthEnd()}). The quarterly
 * assessment ("季考核") is due by the quarter's last day.
 */
final class XiangxiangDuties {
  private XiangxiangDuties() {}

  static final List<RecurringDuty> ALL = List.of(
      new RecurringDuty(TaskId.of("xiangxiang.duty.monthly-report"), "每月报送“专精特新”中小企业培育工作情况",
          "monthly report of the month's SRDI cultivation work to the SME office of the Bureau of Science, Technology, "
              + "Industry and IT",
          Schedule.monthlyBy(XiangxiangParameters.MONTHLY_REPORT_DAY.defaultValue()),
          XiangxiangParameters.MONTHLY_REPORT_DAY.citation(), XiangxiangDepartments.SUPERVISION),
      new RecurringDuty(TaskId.of("xiangxiang.duty.monthly-analysis"), "“专精特新”中小企业培育工作月分析",
          "monthly analysis of the SRDI cultivation work by the Bureau of Science, Technology, Industry and IT "
              + "(the text names no day: by the month's end)",
          Schedule.monthEnd(),
          srdi("四、（三）", "实行月分析、季考核"), XiangxiangDepartments.ANALYSIS),
      new RecurringDuty(TaskId.of("xiangxiang.duty.quarterly-assessment"), "“专精特新”中小企业培育工作季考核",
          "quarterly assessment of the SRDI cultivation work",
          Schedule.quarterly(),
          srdi("四、（三）", "实行月分析、季考核"), XiangxiangDepartments.ANALYSIS));
}
