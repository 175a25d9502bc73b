package dev.srdi.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.ParameterKey;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.parameter.Unit;
import dev.srdi.core.policy.ClauseMark;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.DocumentPart;
import dev.srdi.core.policy.Source;
import dev.srdi.core.responsibility.DepartmentId;
import dev.srdi.core.target.Metric;
import dev.srdi.core.target.TargetId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The good fixture, read into the core's types. */
final class TablesTest {
  private static final Tables TABLES = Tables.load(TablesTest.class, "fixture");
  private static final Parameter<Money> AWARD = TABLES.parameter(ParameterKey.of("fixture.award.amount", Unit.YUAN));

  @Test
  void dated_values_hold_from_their_date_and_null_ends_them() {
    assertEquals(Optional.empty(), AWARD.valueOn(LocalDate.of(2019, 12, 31)));
    assertEquals(Optional.of(Money.yuan("100000")), AWARD.valueOn(LocalDate.of(2022, 6, 30)));
    assertEquals(Optional.of(Money.yuan("120000")), AWARD.valueOn(LocalDate.of(2022, 7, 1)));
    assertEquals(Optional.empty(), AWARD.valueOn(LocalDate.of(2024, 1, 1)));
    assertEquals("100000.00 from 2020-01-01; 120000.00 from 2022-07-01; no longer in force from 2024-01-01",
        AWARD.formatHistory());
    assertEquals(Optional.of(new Source("fixture/parameters.yaml", 1)), AWARD.source());
  }

  @Test
  void an_undated_value_and_its_derivation() {
    Parameter<Integer> years = TABLES.parameter(ParameterKey.of("fixture.plan.years", Unit.YEARS));
    assertEquals(3, years.defaultValue());
    assertEquals(Optional.of("the plan runs 2024—2026"), years.derivedFrom());
  }

  @Test
  void a_successor_document_names_the_one_it_replaces_and_words_take_the_parameters_values() {
    var plan = TABLES.documents().get(1);
    assertEquals(DocumentId.of("fixture-2024"), plan.id());
    assertEquals(Optional.of(DocumentId.of("fixture-2020")), plan.supersedes());
    assertEquals("2024—2026, 3 years", plan.inForce().basis());
    assertEquals(DocumentId.of("fixture-2024"), TABLES.document("plan"));
  }

  @Test
  void departments_tasks_and_duties_keep_their_spellings_and_schedules() {
    assertEquals(List.of(DepartmentId.of("市工信局")), TABLES.departments().get(0).alsoWrittenAs());
    var task = TABLES.tasks().get(0);
    assertEquals(List.of(DepartmentId.of("市工业和信息化局")), task.responsibility().lead());
    assertEquals(List.of(DepartmentId.of("市工信局"), DepartmentId.of("市财政局")), task.responsibility().responsible());
    var duty = TABLES.duties().get(0);
    assertEquals("报送（每年3次）", duty.nameZh());
    assertEquals(List.of(LocalDate.of(2025, 3, 25)), duty.dueIn(YearMonth.of(2025, 3)));
  }

  @Test
  void sheets_benefits_interpretations_and_targets() {
    var sheet = TABLES.measure(MeasureId.of("fixture.award"));
    assertEquals(Optional.of("city finance"), sheet.fundingSource());
    assertEquals(List.of("fixture.fund-1 市级财政资金 / city finance: city finance"), TABLES.funds().stream()
        .map(f -> f.id() + " " + f.nameZh() + " / " + f.nameEn() + ": " + f.fundingSource()).toList());
    var benefit = TABLES.benefits().get(0);
    assertEquals("a service for 3 years", benefit.grants().renderDefaults());
    Settings settings = Settings.defaults(TABLES.parameters(), TABLES.interpretations());
    assertEquals("a service for 3 years", benefit.grants(settings));
    assertEquals(Optional.of("only for exporters"), benefit.onlyIf());
    assertEquals("strict", TABLES.interpretation("fixture.reading", "strict", "loose").defaultChoice());
    var targets = TABLES.targets(Map.of(TargetId.of("fixture.target.pool"), Metric.notMeasurable("not in the facts")));
    assertEquals(1, targets.size());
    assertTrue(targets.get(0).parameters().stream().anyMatch(p -> p.id().value().equals("fixture.pool.count")));
  }

  @Test
  void clause_marks_and_parts_keep_their_kind_reason_and_line() {
    DocumentId plan = DocumentId.of("fixture-2024");
    assertEquals(List.of(new DocumentPart(plan, "方案", false, "测试方案")), TABLES.documentParts());
    assertEquals(List.of(
            new ClauseMark.NoRule(plan, "前言", "statement of purpose", Optional.of(new Source("fixture/clauses.yaml", 2))),
            new ClauseMark.KnownGap(plan, "末段", "who interprets the plan", Optional.of(new Source("fixture/clauses.yaml", 3)))),
        TABLES.clauseMarks());
  }
}
