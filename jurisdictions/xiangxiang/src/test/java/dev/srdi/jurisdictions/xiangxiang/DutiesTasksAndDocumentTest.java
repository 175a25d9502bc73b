package dev.srdi.jurisdictions.xiangxiang;

import static dev.srdi.jurisdictions.xiangxiang.Fixture.XIANGXIANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.DueDuty;
import dev.srdi.core.engine.ResponsibilityMatrix;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.responsibility.DepartmentId;
import dev.srdi.core.responsibility.RecurringDuty;
import dev.srdi.core.responsibility.Task;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Plan two 四、（三） duties, the tasks of both plans with their units, and the document's window. */
final class DutiesTasksAndDocumentTest {

  private static Map<String, List<LocalDate>> dueIn(YearMonth month) {
    var out = new TreeMap<String, List<LocalDate>>();
    for (RecurringDuty d : XIANGXIANG.duties()) {
      if (!d.dueIn(month).isEmpty()) {
        out.put(d.id().value(), d.dueIn(month));
      }
    }
    return out;
  }

  private static Task task(String id) {
    return XIANGXIANG.tasks().stream().filter(t -> t.id().value().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void in_march_the_monthly_report_is_due_by_the_25th_the_analysis_and_the_quarterly_assessment_at_the_end() {
    assertEquals(Map.of(
            "xiangxiang.duty.monthly-report", List.of(LocalDate.of(2025, 3, 25)),
            "xiangxiang.duty.monthly-analysis", List.of(LocalDate.of(2025, 3, 31)),
            "xiangxiang.duty.quarterly-assessment", List.of(LocalDate.of(2025, 3, 31))),
        dueIn(YearMonth.of(2025, 3)));
  }

  @Test
  void the_monthly_analysis_names_no_day_so_it_falls_due_on_the_last_day_of_each_month_even_a_leap_february() {
    assertEquals(List.of(LocalDate.of(2024, 2, 29)), dueIn(YearMonth.of(2024, 2)).get("xiangxiang.duty.monthly-analysis"));
    assertEquals(List.of(LocalDate.of(2025, 4, 30)), dueIn(YearMonth.of(2025, 4)).get("xiangxiang.duty.monthly-analysis"));
  }

  /** 四、（三） duties exist from the notice of 2022-04-21 until the plans end with 2025. */
  @Test
  void the_monthly_duties_fall_due_from_the_notice_of_21_april_2022_until_the_plans_end_and_never_outside() {
    assertEquals(List.of(), ResponsibilityMatrix.dueIn(XIANGXIANG, YearMonth.of(2021, 12)));
    assertEquals(List.of(), ResponsibilityMatrix.dueIn(XIANGXIANG, YearMonth.of(2022, 3)));
    // April 2022: the report due on the 25th follows the notice of the 21st; nothing falls before it.
    assertEquals(List.of(LocalDate.of(2022, 4, 25), LocalDate.of(2022, 4, 30)),
        ResponsibilityMatrix.dueIn(XIANGXIANG, YearMonth.of(2022, 4)).stream().map(DueDuty::due).toList());
    assertEquals(3, ResponsibilityMatrix.dueIn(XIANGXIANG, YearMonth.of(2025, 12)).size());
    assertEquals(List.of(), ResponsibilityMatrix.dueIn(XIANGXIANG, YearMonth.of(2026, 1)));
  }

  @Test
  void in_april_no_quarterly_assessment_is_due() {
    assertEquals(List.of("xiangxiang.duty.monthly-analysis", "xiangxiang.duty.monthly-report"),
        List.copyOf(dueIn(YearMonth.of(2023, 4)).keySet()));
  }

  @Test
  void the_monthly_report_cites_the_25th_and_is_owed_by_the_city_units_the_zone_and_the_towns() {
    RecurringDuty report = XIANGXIANG.duties().stream()
        .filter(d -> d.id().value().equals("xiangxiang.duty.monthly-report")).findFirst().orElseThrow();

    assertTrue(report.citation().quote().contains("每月25日前"));
    assertEquals(List.of(), report.responsibility().lead());
    assertEquals(List.of(DepartmentId.of("市直各相关单位"), DepartmentId.of("经开区管委会"), DepartmentId.of("各乡镇（街道）")),
        report.responsibility().responsible());
  }

  @Test
  void every_numbered_task_of_plan_two_has_a_lead_unit_apart_from_its_responsible_units() {
    List<String> numbered = List.of("seed-pool", "city-provincial-pools", "national-pool", "intellectual-property",
        "technology-innovation", "technology-transfer", "quality-brand", "digital-transformation", "demonstration",
        "credit", "equity", "talent-training", "talent-recruitment", "service-platforms", "expert-service");
    for (String name : numbered) {
      Task t = task("xiangxiang.task.srdi." + name);
      assertEquals(1, t.responsibility().lead().size(), name);
      assertFalse(t.responsibility().responsible().isEmpty(), name);
      assertTrue(t.responsibility().lead().stream().noneMatch(t.responsibility().responsible()::contains), name);
    }
    assertEquals(List.of(DepartmentId.of("市委组织部")), task("xiangxiang.task.srdi.talent-recruitment").responsibility().lead());
    assertEquals(List.of(DepartmentId.of("市教育局")), task("xiangxiang.task.srdi.talent-training").responsibility().lead());
  }

  @Test
  void plan_ones_five_measures_have_their_own_lead_units() {
    assertEquals(List.of(DepartmentId.of("市发展改革局")), task("xiangxiang.task.above-size.project-pool").responsibility().lead());
    assertEquals(List.of(DepartmentId.of("市科技工信局")), task("xiangxiang.task.above-size.market-entities").responsibility().lead());
    assertEquals(List.of(DepartmentId.of("市科技工信局")), task("xiangxiang.task.above-size.relief").responsibility().lead());
    assertEquals(List.of(DepartmentId.of("市财政局")), task("xiangxiang.task.above-size.fiscal-support").responsibility().lead());
    assertEquals(List.of(DepartmentId.of("市统计局")), task("xiangxiang.task.above-size.entry-training").responsibility().lead());
    assertEquals(List.of(DepartmentId.of("市科技工信局"), DepartmentId.of("市统计局")),
        task("xiangxiang.task.above-size.organisation").responsibility().lead());
  }

  @Test
  void the_assessment_by_net_and_new_entries_and_completion_rate_is_a_task() {
    Task assessment = task("xiangxiang.task.above-size.assessment");

    assertTrue(assessment.citation().quote().contains("净增数、新增数、目标完成率"));
  }

  @Test
  void the_safeguards_of_plan_two_are_tasks_with_their_responsible_units() {
    assertTrue(task("xiangxiang.task.srdi.publicity").responsibility().responsible().contains(DepartmentId.of("市委宣传部")));
    assertTrue(task("xiangxiang.task.srdi.organisation").responsibility().responsible()
        .contains(DepartmentId.of("市促进中小企业发展工作领导小组各成员单位")));
    assertTrue(task("xiangxiang.task.srdi.policy-guarantee").responsibility().responsible()
        .contains(DepartmentId.of("市财政局")));
  }

  @Test
  void the_notice_was_issued_on_2022_04_21_and_covers_events_of_2022_to_2025() {
    PolicyDocument notice = XIANGXIANG.documents().get(0);

    assertEquals(java.util.Optional.of(LocalDate.of(2022, 4, 21)), notice.issued());
    assertEquals(java.util.Optional.of(LocalDate.of(2022, 1, 1)), notice.inForce().from());
    assertEquals(java.util.Optional.of(LocalDate.of(2026, 1, 1)), notice.inForce().until());
  }

  @Test
  void both_plans_are_encoded() {
    assertEquals(25, XIANGXIANG.measures().size());
    assertEquals(28, XIANGXIANG.tasks().size());
    assertEquals(3, XIANGXIANG.duties().size());
  }
}
