package dev.srdi.jurisdictions.xiangxiang;

import static dev.srdi.jurisdictions.xiangxiang.Fixture.enterprise;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.evaluate;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.paid;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.reasons;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.revenue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.BenefitGrant;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.facts.Industry;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.responsibility.DepartmentId;
import dev.srdi.jurisdictions.xiangxiang.abovesize.AboveSizeMeasures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Plan one 三、（二）–（四）: the small-to-above pool, firms at the scale, the at-risk pool, fiscal support. */
final class AboveSizeMeasuresTest {
  private static final String POOL = AboveSizeMeasures.SMALL_TO_ABOVE_POOL;
  private static final String REACHED = AboveSizeMeasures.REACHED_SCALE;
  private static final String AT_RISK = AboveSizeMeasures.AT_RISK_POOL;
  private static final String SUPPORT = AboveSizeMeasures.NEW_ENTRY_SUPPORT;

  private static List<Integer> benefitYears(EnterpriseResult result, String measure) {
    return result.benefits().stream().filter(b -> b.measure().equals(MeasureId.of(measure)))
        .map(BenefitGrant::year).toList();
  }

  private static EnterpriseResult small(Financials... years) {
    return evaluate(enterprise("S1").aboveDesignatedSize(false).addFinancials(years).build());
  }

  private static EnterpriseResult aboveSize(Financials... years) {
    return evaluate(enterprise("A1").aboveDesignatedSize(true).addFinancials(years).build());
  }

  @Test
  void a_small_firm_with_revenue_of_exactly_10_million_is_in_the_small_to_above_pool() {
    EnterpriseResult result = small(revenue(2023, "10000000"));

    assertEquals(List.of(2023), benefitYears(result, POOL));
    assertEquals(List.of(), benefitYears(result, REACHED));
  }

  @Test
  void a_small_firm_with_revenue_just_under_10_million_is_not() {
    EnterpriseResult result = small(revenue(2023, "9999999.99"));

    assertEquals(List.of(), benefitYears(result, POOL));
    assertTrue(reasons(result, POOL).get(0).contains("outside"), reasons(result, POOL).toString());
  }

  /** 三、（二）: "1000—2000万元" pool and "已达规模但未入规" guidance read one figure; reaching the scale wins. */
  @Test
  void at_exactly_20_million_a_small_firm_has_reached_the_scale_and_is_not_also_in_the_pool() {
    EnterpriseResult result = small(revenue(2024, "20000000"));

    assertEquals(List.of(), benefitYears(result, POOL));
    assertEquals(List.of(2024), benefitYears(result, REACHED));
    assertTrue(reasons(result, POOL).get(0).contains("reaching the scale wins"), reasons(result, POOL).toString());
    EnterpriseResult underTop = small(revenue(2024, "19999999.99"));
    assertEquals(List.of(2024), benefitYears(underTop, POOL));
    assertEquals(List.of(), benefitYears(underTop, REACHED));
  }

  @Test
  void where_revenue_does_not_decide_the_scale_the_band_keeps_its_upper_end() {
    Overrides industrialOnly = Overrides.none().withInterpretation("xiangxiang.scale-by-sector", "industrial-only");
    var service = enterprise("S1").aboveDesignatedSize(false).industry(Industry.SERVICE)
        .addFinancials(revenue(2024, "20000000")).build();
    var industrial = enterprise("S2").aboveDesignatedSize(false).industry(Industry.INDUSTRIAL)
        .addFinancials(revenue(2024, "20000000")).build();

    assertEquals(List.of(2024), benefitYears(evaluate(service, industrialOnly), POOL));
    assertEquals(List.of(), benefitYears(evaluate(service, industrialOnly), REACHED));
    assertEquals(List.of(), benefitYears(evaluate(industrial, industrialOnly), POOL));
    assertEquals(List.of(2024), benefitYears(evaluate(industrial, industrialOnly), REACHED));
  }

  @Test
  void no_firm_is_in_the_pool_and_guided_onto_the_list_in_the_same_year_under_the_default_readings() {
    for (String yuan : List.of("9999999.99", "10000000", "15000000", "19999999.99", "20000000", "20000000.01")) {
      EnterpriseResult result = small(revenue(2024, yuan));
      assertTrue(benefitYears(result, POOL).isEmpty() || benefitYears(result, REACHED).isEmpty(), yuan);
    }
  }

  @Test
  void read_with_the_upper_end_excluded_20_million_is_only_at_the_scale_and_one_fen_less_is_in_the_pool() {
    Overrides upperExcluded = Overrides.none().withInterpretation("xiangxiang.small-to-above-range", "upper-excluded");
    var atTop = enterprise("S1").aboveDesignatedSize(false).addFinancials(revenue(2024, "20000000")).build();
    var underTop = enterprise("S2").aboveDesignatedSize(false).addFinancials(revenue(2024, "19999999.99")).build();

    assertEquals(List.of(), benefitYears(evaluate(atTop, upperExcluded), POOL));
    assertEquals(List.of(2024), benefitYears(evaluate(atTop, upperExcluded), REACHED));
    assertEquals(List.of("revenue 20000000.00 in 2024 is outside ≥ 10000000.00 (以上) and < 20000000.00 (不满)"),
        reasons(evaluate(atTop, upperExcluded), POOL));
    assertEquals(List.of(2024), benefitYears(evaluate(underTop, upperExcluded), POOL));
  }

  @Test
  void the_scale_threshold_applies_to_every_sector_unless_the_industrial_only_reading_is_chosen() {
    Overrides industrialOnly = Overrides.none().withInterpretation("xiangxiang.scale-by-sector", "industrial-only");
    var service = enterprise("S1").aboveDesignatedSize(false).industry(Industry.SERVICE)
        .addFinancials(revenue(2024, "25000000")).build();
    var industrial = enterprise("S2").aboveDesignatedSize(false).industry(Industry.INDUSTRIAL)
        .addFinancials(revenue(2024, "25000000")).build();
    var unknown = enterprise("S3").aboveDesignatedSize(false).addFinancials(revenue(2024, "25000000")).build();

    assertEquals(List.of(2024), benefitYears(evaluate(service), REACHED));
    assertEquals(List.of(), benefitYears(evaluate(service, industrialOnly), REACHED));
    assertTrue(reasons(evaluate(service, industrialOnly), REACHED).get(0)
        .contains("this is a SERVICE (服务业) enterprise, whose scale it does not decide"),
        reasons(evaluate(service, industrialOnly), REACHED).toString());
    assertEquals(List.of(2024), benefitYears(evaluate(industrial, industrialOnly), REACHED));
    assertEquals(List.of("not enough facts: industry missing"), reasons(evaluate(unknown, industrialOnly), REACHED));
  }

  @Test
  void a_new_construction_entry_gets_support_only_while_every_sector_is_judged_by_revenue() {
    var builder = enterprise("C1").aboveDesignatedSize(true).industry(Industry.CONSTRUCTION)
        .addFinancials(revenue(2022, "15000000"), revenue(2023, "21000000")).build();

    assertEquals(1, paid(evaluate(builder), SUPPORT).size());
    assertEquals(List.of(), paid(evaluate(builder,
        Overrides.none().withInterpretation("xiangxiang.scale-by-sector", "industrial-only")), SUPPORT));
  }

  @Test
  void just_over_20_million_a_small_firm_is_only_guided_onto_the_list() {
    EnterpriseResult result = small(revenue(2024, "20000000.01"));

    assertEquals(List.of(), benefitYears(result, POOL));
    assertEquals(List.of(2024), benefitYears(result, REACHED));
  }

  @Test
  void the_pool_is_yearly_and_covers_only_the_plans_years() {
    EnterpriseResult result = small(revenue(2021, "15000000"), revenue(2022, "15000000"), revenue(2023, "15000000"));

    assertEquals(List.of(2022, 2023), benefitYears(result, POOL));
  }

  @Test
  void the_pool_and_its_guidance_carry_the_lead_and_responsible_units_of_the_clause() {
    BenefitGrant grant = small(revenue(2023, "12000000")).benefits().get(0);

    assertEquals(List.of(DepartmentId.of("市科技工信局")), grant.responsibility().lead());
    assertTrue(grant.responsibility().responsible().contains(DepartmentId.of("市统计局")));
    assertTrue(grant.responsibility().responsible().contains(DepartmentId.of("各乡镇（街道）")));
  }

  @Test
  void an_above_size_firm_is_not_in_the_small_to_above_pool_and_an_unknown_status_is_not_enough_facts() {
    assertTrue(reasons(aboveSize(revenue(2023, "15000000")), POOL).get(0).startsWith("already on the above-size list"));
    EnterpriseResult unknown = evaluate(enterprise("U1").addFinancials(revenue(2023, "15000000")).build());
    assertTrue(reasons(unknown, POOL).get(0).startsWith("not enough facts: aboveDesignatedSize"));
  }

  @Test
  void an_above_size_firm_with_revenue_of_exactly_30_million_that_fell_is_in_the_at_risk_pool() {
    EnterpriseResult result = aboveSize(revenue(2022, "35000000"), revenue(2023, "30000000"));

    assertEquals(List.of(2023), benefitYears(result, AT_RISK));
    BenefitGrant grant = result.benefits().stream().filter(b -> b.measure().equals(MeasureId.of(AT_RISK))).findFirst()
        .orElseThrow();
    assertTrue(grant.notes().get(0).contains("overcapacity"));
    assertEquals(List.of(DepartmentId.of("市科技工信局")), grant.responsibility().lead());
  }

  @Test
  void revenue_one_fen_over_30_million_is_not_at_risk() {
    EnterpriseResult result = aboveSize(revenue(2022, "35000000"), revenue(2023, "30000000.01"));

    assertEquals(List.of(), benefitYears(result, AT_RISK));
  }

  @Test
  void a_firm_under_the_bound_whose_revenue_did_not_fall_is_at_risk_only_in_the_under_bound_reading() {
    var firm = enterprise("A1").aboveDesignatedSize(true)
        .addFinancials(revenue(2022, "25000000"), revenue(2023, "26000000")).build();

    assertEquals(List.of(), benefitYears(evaluate(firm), AT_RISK));
    assertTrue(reasons(evaluate(firm), AT_RISK).stream().anyMatch(r -> r.startsWith("revenue did not fall in 2023")));
    assertEquals(List.of(2022, 2023), benefitYears(
        evaluate(firm, Overrides.none().withInterpretation("xiangxiang.at-risk", "under-bound")), AT_RISK));
  }

  @Test
  void without_last_years_revenue_a_fall_cannot_be_shown() {
    EnterpriseResult result = aboveSize(revenue(2023, "25000000"));

    assertEquals(List.of("not enough facts: revenue 2022 missing"), reasons(result, AT_RISK));
  }

  @Test
  void a_small_firm_is_never_in_the_at_risk_pool() {
    EnterpriseResult result = small(revenue(2022, "18000000"), revenue(2023, "15000000"));

    assertEquals(List.of(), benefitYears(result, AT_RISK));
  }

  @Test
  void a_new_above_size_firm_is_entitled_to_support_whose_amount_the_text_does_not_set() {
    EnterpriseResult result = aboveSize(revenue(2022, "19999999.99"), revenue(2023, "20000000"));

    var paid = paid(result, SUPPORT);
    assertEquals(1, paid.size());
    assertEquals(2023, paid.get(0).year());
    assertEquals(AmountKind.UNSPECIFIED, paid.get(0).amountKind());
    assertEquals(Optional.empty(), paid.get(0).amount());
    assertEquals(List.of(DepartmentId.of("市财政局")), paid.get(0).responsibility().lead());
    assertEquals(Money.zero(), result.total());
  }

  @Test
  void a_firm_already_over_the_scale_the_year_before_is_not_a_new_entry() {
    assertEquals(List.of(), paid(aboveSize(revenue(2022, "20000000"), revenue(2023, "25000000")), SUPPORT));
  }

  @Test
  void a_new_entry_cannot_be_shown_without_last_years_revenue() {
    assertEquals(List.of("not enough facts: revenue 2022 missing"), reasons(aboveSize(revenue(2023, "25000000")), SUPPORT));
  }
}
