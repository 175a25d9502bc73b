package dev.srdi.jurisdictions.zhanjiang;

import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.ZHANJIANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.DueDuty;
import dev.srdi.core.engine.ResponsibilityMatrix;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.responsibility.DepartmentId;
import dev.srdi.core.responsibility.RecurringDuty;
import dev.srdi.core.responsibility.Task;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** 二 重点任务 and 四 保障措施: every clause is a task with its units; the yearly funding duty. */
final class TasksAndDutiesTest {

  private static List<Task> tasksOf(String clause) {
    return ZHANJIANG.tasks().stream().filter(t -> t.citation().clause().equals(clause)).toList();
  }

  private static List<String> units(Task task) {
    return task.responsibility().responsible().stream().map(DepartmentId::value).toList();
  }

  @Test
  void every_key_task_and_safeguard_is_recorded() {
    for (String clause : List.of("二、（一）", "二、（二）", "二、（三）", "二、（四）", "二、（五）", "二、（六）", "二、（七）",
        "四、（一）", "四、（二）", "四、（三）")) {
      assertTrue(!tasksOf(clause).isEmpty(), "no task for " + clause);
    }
  }

  @Test
  void every_support_measure_of_three_is_encoded() {
    Set<String> clauses = Stream.concat(
            ZHANJIANG.measures().stream().map(Measure::descriptor),
            ZHANJIANG.portfolioMeasures().stream().map(m -> m.descriptor()))
        .map(d -> d.citation().clause()).collect(Collectors.toSet());
    assertTrue(clauses.containsAll(List.of("三、（一）", "三、（二）", "三、（三）", "三、（四）", "三、（五）", "三、（六）")),
        clauses.toString());
  }

  @Test
  void the_tasks_carry_the_units_their_clauses_name() {
    assertEquals(List.of("市工业和信息化局", "各县（市、区）人民政府（管委会）"), units(tasksOf("二、（一）").get(0)));
    assertEquals(List.of("市工业和信息化局", "市科技局"), units(tasksOf("二、（二）").get(0)));
    assertEquals(List.of("市工业和信息化局", "市商务局", "市财政局"), units(tasksOf("二、（三）").get(0)));
    assertEquals(List.of("市工业和信息化局"), units(tasksOf("二、（四）").get(0)));
    assertEquals(List.of("市金融局", "市财政局", "市工业和信息化局", "人民银行湛江市中心支行"), units(tasksOf("二、（五）").get(0)));
    assertEquals(List.of("市工业和信息化局", "市人力资源社会保障局"), units(tasksOf("二、（六）").get(0)));
    assertEquals(List.of("市工业和信息化局", "市人力资源社会保障局"), units(tasksOf("二、（七）").get(0)));
    assertEquals(List.of("市工业和信息化局", "市财政局"), units(tasksOf("四、（二）").get(0)));
    assertTrue(ZHANJIANG.tasks().stream().allMatch(t -> t.responsibility().lead().isEmpty()),
        "the plan names no lead units");
  }

  @Test
  void the_trade_fair_task_names_cismef_and_the_apec_sme_events() {
    Task fairs = ZHANJIANG.tasks().stream().filter(t -> t.id().value().equals("zhanjiang.task.trade-fairs")).findFirst()
        .orElseThrow();
    assertTrue(fairs.citation().quote().contains("中国国际中小企业博览会"));
    assertTrue(fairs.citation().quote().contains("APEC"));
  }

  @Test
  void every_department_named_is_declared_with_an_english_name() {
    var declared = ZHANJIANG.departments().stream().map(d -> d.nameZh()).collect(Collectors.toSet());
    assertTrue(declared.containsAll(List.of("市工业和信息化局", "各县（市、区）人民政府（管委会）", "市科技局", "市商务局", "市财政局",
        "市金融局", "人民银行湛江市中心支行", "市人力资源社会保障局", "市自然资源局", "市住房城乡建设局")), declared.toString());
    assertTrue(ZHANJIANG.departments().stream().noneMatch(d -> d.nameEn().isBlank()));
  }

  @Test
  void the_city_fund_is_arranged_every_year_by_the_years_end() {
    RecurringDuty funding = ZHANJIANG.duties().get(0);
    assertEquals(List.of(LocalDate.of(2024, 12, 31)), funding.dueIn(YearMonth.of(2024, 12)));
    assertEquals(List.of(), funding.dueIn(YearMonth.of(2024, 6)));
    assertEquals("四、（二）", funding.citation().clause());
  }

  /** 四、（二） funds the plan "自发布之日起实行，有效期三年": no year-end falls due before 2023-02-17 or from 2026-02-17. */
  @Test
  void the_yearly_funding_duty_falls_due_only_at_the_year_ends_the_plan_is_in_force() {
    assertEquals(List.of(), ResponsibilityMatrix.dueIn(ZHANJIANG, YearMonth.of(2022, 12)));
    assertEquals(List.of(LocalDate.of(2023, 12, 31)),
        ResponsibilityMatrix.dueIn(ZHANJIANG, YearMonth.of(2023, 12)).stream().map(DueDuty::due).toList());
    assertEquals(List.of(LocalDate.of(2025, 12, 31)),
        ResponsibilityMatrix.dueIn(ZHANJIANG, YearMonth.of(2025, 12)).stream().map(DueDuty::due).toList());
    assertEquals(List.of(), ResponsibilityMatrix.dueIn(ZHANJIANG, YearMonth.of(2026, 12)));
    assertEquals(List.of(), ResponsibilityMatrix.dueIn(ZHANJIANG, YearMonth.of(2030, 12)));
  }

  @Test
  void the_money_measures_name_their_funding_source() {
    for (Measure m : ZHANJIANG.measures()) {
      if (m.descriptor().amountKind() != AmountKind.NONE) {
        assertTrue(m.descriptor().fundingSource().isPresent(), m.id() + " names no funding source");
      }
    }
    assertTrue(ZHANJIANG.measures().stream().filter(m -> m.id().value().startsWith("zhanjiang.tier-award."))
        .allMatch(m -> m.descriptor().fundingSource().orElseThrow().startsWith("市级中小企业发展专项资金")));
  }
}
