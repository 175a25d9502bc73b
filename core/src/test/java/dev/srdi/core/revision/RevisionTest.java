package dev.srdi.core.revision;

import static dev.srdi.testkit.TestKit.entitlements;
import static dev.srdi.testkit.TestKit.evaluate;
import static dev.srdi.testkit.TestKit.rejections;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.BenefitGrant;
import dev.srdi.core.engine.DueDuty;
import dev.srdi.core.engine.Engine;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.ResponsibilityMatrix;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Basis;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.Formula;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.target.TargetReport;
import java.math.BigDecimal;
import java.time.YearMonth;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.policy.Window;
import dev.srdi.core.spi.ForwardingJurisdiction;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.spi.JurisdictionCheck;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A dated revision and a successor document, each on both sides of its date. */
final class RevisionTest {
  private static final Revisionland CITY = new Revisionland();
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

  private static EnterpriseResult recognisedOn(LocalDate day) {
    return recognisedOn(day, Overrides.none());
  }

  private static EnterpriseResult recognisedOn(LocalDate day, Overrides overrides) {
    Enterprise e = Enterprise.builder().id(EnterpriseId.of("E1"))
        .addRecognitions(Recognition.of(Title.SRDI_SME, Level.CITY, day)).build();
    return evaluate(CITY, e, AS_OF, overrides);
  }

  private static Optional<Money> paid(EnterpriseResult r, dev.srdi.core.measure.MeasureId id) {
    List<Entitlement> paid = entitlements(r, id.value());
    assertTrue(paid.size() <= 1, paid::toString);
    return paid.stream().findFirst().flatMap(Entitlement::amount);
  }

  @Test
  void the_fixture_is_consistent() {
    assertEquals(List.of(), JurisdictionCheck.problems(CITY));
  }

  @Test
  void a_successor_that_comes_into_force_before_its_predecessor_ends_or_an_undeclared_predecessor_is_a_problem() {
    var old = CITY.documents().get(0);
    var plan = CITY.documents().get(1);
    var overlapping = new PolicyDocument(old.id(), old.titleZh(), old.titleEn(), old.number(), old.issued(),
        Window.between(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 6, 1), "longer"));
    assertEquals(List.of("document revisionland-2024 comes into force on 2024-01-01, before the document it supersedes"
        + " (revisionland-2020) ends on 2024-06-01"), JurisdictionCheck.problems(withDocuments(overlapping, plan)));
    assertEquals(List.of("document revisionland-2020 is cited but not declared",
        "document revisionland-2024 supersedes revisionland-2020, which is not declared"),
        JurisdictionCheck.problems(withDocuments(plan)));
  }

  private static Jurisdiction withDocuments(PolicyDocument... documents) {
    return new ForwardingJurisdiction(CITY) {
      @Override public List<PolicyDocument> documents() {
        return List.of(documents);
      }
    };
  }

  @Test
  void the_day_before_a_raise_earns_the_old_amount_and_the_raise_day_the_new_one() {
    assertEquals(Optional.of(Money.yuan("100000")), paid(recognisedOn(Revisionland.RAISED.minusDays(1)), Revisionland.FIRST));
    EnterpriseResult raised = recognisedOn(Revisionland.RAISED);
    assertEquals(Optional.of(Money.yuan("120000")), paid(raised, Revisionland.FIRST));
  }

  @Test
  void the_explanation_of_a_revised_amount_names_the_value_and_its_date() {
    String explanation = entitlements(recognisedOn(Revisionland.RAISED), Revisionland.FIRST.value()).get(0).explanation();
    assertTrue(explanation.endsWith("; revisionland.first-award.amount = 120000.00 (in force from 2022-07-01)"),
        explanation);
    String before = entitlements(recognisedOn(LocalDate.of(2021, 3, 1)), Revisionland.FIRST.value()).get(0).explanation();
    assertTrue(before.endsWith("= 100000.00 (in force from 2020-01-01)"), before);
  }

  @Test
  void a_parameter_with_one_value_leaves_the_explanation_as_it_was() {
    String explanation = entitlements(recognisedOn(Revisionland.REPLACED), Revisionland.PLAN.value()).get(0).explanation();
    assertEquals("new city-level SRDI recognition of 2024-01-01", explanation);
  }

  @Test
  void the_old_document_pays_until_its_successor_comes_into_force_and_the_successor_from_then() {
    EnterpriseResult lastDay = recognisedOn(Revisionland.REPLACED.minusDays(1));
    assertEquals(Optional.of(Money.yuan("120000")), paid(lastDay, Revisionland.FIRST));
    assertEquals(Optional.empty(), paid(lastDay, Revisionland.PLAN));
    assertTrue(rejections(lastDay, Revisionland.PLAN.value()).get(0).reason().contains("outside the covered period"));

    EnterpriseResult firstDay = recognisedOn(Revisionland.REPLACED);
    assertEquals(Optional.empty(), paid(firstDay, Revisionland.FIRST));
    assertTrue(rejections(firstDay, Revisionland.FIRST.value()).get(0).reason().contains("outside the covered period"));
    assertEquals(Optional.of(Money.yuan("150000")), paid(firstDay, Revisionland.PLAN));
  }

  @Test
  void an_override_from_a_date_changes_only_the_events_from_that_date() {
    Overrides raise = Overrides.none().withParameter("revisionland.plan-award.amount", "20万@2025-01-01");
    assertEquals(Optional.of(Money.yuan("150000")), paid(recognisedOn(LocalDate.of(2024, 12, 31), raise), Revisionland.PLAN));
    EnterpriseResult after = recognisedOn(LocalDate.of(2025, 1, 1), raise);
    assertEquals(Optional.of(Money.yuan("200000")), paid(after, Revisionland.PLAN));
    assertTrue(entitlements(after, Revisionland.PLAN.value()).get(0).explanation()
        .endsWith("revisionland.plan-award.amount = 200000.00 (in force from 2025-01-01)"));
  }

  @Test
  void an_override_without_a_date_replaces_the_whole_history() {
    Overrides flat = Overrides.none().withParameter("revisionland.first-award.amount", "11万");
    assertEquals(Optional.of(Money.yuan("110000")), paid(recognisedOn(LocalDate.of(2021, 1, 1), flat), Revisionland.FIRST));
    assertEquals(Optional.of(Money.yuan("110000")), paid(recognisedOn(LocalDate.of(2023, 1, 1), flat), Revisionland.FIRST));
  }

  private static EnterpriseResult withRevenue(int year, String revenue) {
    Enterprise e = Enterprise.builder().id(EnterpriseId.of("E2"))
        .addFinancials(new Financials(year, Optional.of(Money.yuan(revenue)), Optional.empty(), Optional.empty(),
            Optional.empty())).build();
    return evaluate(CITY, e, AS_OF, Overrides.none());
  }

  @Test
  void a_threshold_is_read_on_the_date_of_the_event_on_both_sides_of_its_change() {
    // 31 December 2024, the day before the threshold falls: 1800万 is under the 2000万 in force then.
    EnterpriseResult before = withRevenue(2024, "18000000");
    assertEquals(Optional.empty(), paid(before, Revisionland.SCALE));
    assertTrue(rejections(before, Revisionland.SCALE.value()).get(0).reason().contains("20000000.00"),
        rejections(before, Revisionland.SCALE.value()).toString());
    EnterpriseResult after = withRevenue(2025, "18000000");
    assertEquals(Optional.of(Money.yuan("50000")), paid(after, Revisionland.SCALE));
    String explanation = entitlements(after, Revisionland.SCALE.value()).get(0).explanation();
    assertTrue(explanation.endsWith("; revisionland.scale-award.revenue-from = 15000000.00 (in force from 2025-01-01)"),
        explanation);
    String old = entitlements(withRevenue(2024, "21000000"), Revisionland.SCALE.value()).get(0).explanation();
    assertTrue(old.endsWith("; revisionland.scale-award.revenue-from = 20000000.00 (in force until 2025-01-01)"), old);
  }

  private static BenefitGrant priorityOn(LocalDate asOf) {
    Enterprise e = Enterprise.builder().id(EnterpriseId.of("E3"))
        .addRecognitions(Recognition.of(Title.SRDI_SME, Level.CITY, LocalDate.of(2024, 3, 1))).build();
    List<BenefitGrant> granted = evaluate(CITY, e, asOf, Overrides.none()).benefits().stream()
        .filter(b -> b.measure().equals(Revisionland.PRIORITY)).toList();
    assertEquals(1, granted.size(), granted::toString);
    return granted.get(0);
  }

  @Test
  void the_words_of_a_benefit_take_the_value_in_force_on_its_day_and_name_it() {
    assertEquals("applications reviewed within 30 working days; revisionland.priority-review.days = 30 (in force until"
        + " 2025-07-01)", priorityOn(Revisionland.REVIEW_SHORTENED.minusDays(1)).explanation());
    assertEquals("applications reviewed within 20 working days; revisionland.priority-review.days = 20 (in force from"
        + " 2025-07-01)", priorityOn(Revisionland.REVIEW_SHORTENED).explanation());
  }

  private static TargetReport targetFor(int year) {
    Enterprise e = Enterprise.builder().id(EnterpriseId.of("E4"))
        .addRecognitions(Recognition.of(Title.SRDI_SME, Level.CITY, LocalDate.of(year, 5, 1))).build();
    Engine engine = new Engine();
    return engine.targets(CITY, Portfolio.of(List.of(e)), year, AS_OF, engine.defaults(CITY)).get(0);
  }

  @Test
  void a_target_reads_its_value_on_its_own_date_and_names_it() {
    TargetReport before = targetFor(2025);
    assertEquals(0, BigDecimal.TEN.compareTo(before.required()), before.toString());
    assertTrue(before.note().endsWith("; revisionland.new-srdi-target.count = 10 (in force until 2026-01-01)"),
        before.note());
    TargetReport after = targetFor(2026);
    assertEquals(0, BigDecimal.valueOf(12).compareTo(after.required()), after.toString());
    assertTrue(after.note().endsWith("; revisionland.new-srdi-target.count = 12 (in force from 2026-01-01)"),
        after.note());
  }

  @Test
  void a_duty_falls_due_on_the_day_in_force_in_the_month_asked() {
    assertEquals(List.of(LocalDate.of(2025, 2, 25)), dueDays(YearMonth.of(2025, 2)));
    assertEquals(List.of(LocalDate.of(2025, 3, 20)), dueDays(YearMonth.of(2025, 3)));
  }

  private static List<LocalDate> dueDays(YearMonth month) {
    return ResponsibilityMatrix.dueIn(CITY, month).stream().map(DueDuty::due).toList();
  }

  @Test
  void a_measure_that_reads_a_parameter_without_a_date_is_a_fault_of_the_plugin() {
    var d = MeasureDescriptor.builder().id(MeasureId.of("revisionland.undated")).nameZh("无日期").nameEn("undated")
        .citation(Revisionland.SCALE_AWARD.citation()).amountKind(AmountKind.EXACT)
        .formula(Formula.fixed(Revisionland.SCALE_AWARD)).build();
    Measure undated = Measure.of(d, (e, ctx) -> List.of(Claim.of(d.id(), AS_OF, Basis.none(),
        "reads " + ctx.settings().value(Revisionland.SCALE_REVENUE))));
    Jurisdiction city = new ForwardingJurisdiction(CITY) {
      @Override public List<Measure> measures() {
        return List.of(undated);
      }
    };
    EnterpriseResult r = evaluate(city, Enterprise.builder().id(EnterpriseId.of("E5")).build(), AS_OF, Overrides.none());
    assertTrue(r.fault().isPresent(), r.toString());
    assertTrue(r.fault().get().toString().contains("revisionland.scale-award.revenue-from is read without a date"),
        r.fault().get().toString());
  }
}
