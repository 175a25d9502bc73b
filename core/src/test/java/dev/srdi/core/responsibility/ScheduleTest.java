package dev.srdi.core.responsibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ScheduleTest {

  @Test
  void a_monthly_report_by_the_25th_falls_due_on_the_25th_of_every_month() {
    assertEquals(List.of(LocalDate.of(2024, 2, 25)), Schedule.monthlyBy(25).dueIn(YearMonth.of(2024, 2)));
  }

  @Test
  void a_monthly_analysis_with_no_day_falls_due_at_the_months_end() {
    assertEquals(List.of(LocalDate.of(2024, 2, 29)), Schedule.monthEnd().dueIn(YearMonth.of(2024, 2)));
  }

  @Test
  void a_quarterly_assessment_falls_due_at_each_quarters_end_only() {
    assertEquals(List.of(LocalDate.of(2024, 3, 31)), Schedule.quarterly().dueIn(YearMonth.of(2024, 3)));
    assertEquals(List.of(), Schedule.quarterly().dueIn(YearMonth.of(2024, 4)));
  }

  @Test
  void a_yearly_duty_falls_due_in_its_month() {
    Schedule yearly = Schedule.yearlyBy(MonthDay.of(12, 31));
    assertEquals(List.of(LocalDate.of(2024, 12, 31)), yearly.dueIn(YearMonth.of(2024, 12)));
    assertEquals(List.of(), yearly.dueIn(YearMonth.of(2024, 11)));
  }
}
