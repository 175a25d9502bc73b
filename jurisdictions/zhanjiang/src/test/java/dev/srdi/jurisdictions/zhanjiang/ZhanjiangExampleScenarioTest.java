package dev.srdi.jurisdictions.zhanjiang;

import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.END_2025;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.FIRST_FINAL;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.ZHANJIANG;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.day;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.innovative;
import static dev.srdi.testkit.TestKit.entitlements;
import static dev.srdi.testkit.TestKit.rejections;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Park;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.PortfolioFinding;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.target.TargetReport;
import dev.srdi.testkit.ScenarioFacts;
import dev.srdi.testkit.TestKit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * seeds/examples/zhanjiang.json, read from the file: the key entitlements and reasons checked by hand against
 * the text (each enterprise's entitlements and total are in src/test/resources/cases/zhanjiang.yaml).
 */
final class ZhanjiangExampleScenarioTest {
  private static final String GIANT = "zhanjiang.tier-award.national-little-giant";
  private static final String SRDI = "zhanjiang.tier-award.provincial-srdi";
  private static final String INNOVATIVE = "zhanjiang.tier-award.provincial-innovative";
  private static final String PARK_AWARD = "zhanjiang.park-introduction-award";
  private static final String DIGITAL = "zhanjiang.digital-chain-award";
  private static final JurisdictionId CITY = JurisdictionId.of("zhanjiang");

  /** The facts of {@code seeds/examples/zhanjiang.json}, read from the file itself. */
  private static final Portfolio SCENARIO = ScenarioFacts.example("zhanjiang").portfolio();
  private static final List<Park> PARKS = SCENARIO.parks();

  static List<Enterprise> enterprises() {
    return SCENARIO.enterprises();
  }

  private static PortfolioResult evaluate(Overrides overrides) {
    return ZhanjiangFixtures.evaluate(enterprises(), PARKS, END_2025, overrides);
  }

  private static EnterpriseResult of(PortfolioResult result, String id) {
    return result.enterprises().stream().filter(r -> r.enterprise().value().equals(id)).findFirst().orElseThrow();
  }

  private static Money amountOf(EnterpriseResult result, String measure) {
    List<Entitlement> paid = entitlements(result, measure);
    assertEquals(1, paid.size(), paid.toString());
    return paid.get(0).amount().orElseThrow();
  }

  private static String reasons(EnterpriseResult result, String measure) {
    return rejections(result, measure).stream().map(NotEligible::reason).toList().toString();
  }

  @Test
  void three_titles_over_three_years_top_up_100000_then_200000_then_200000() {
    var firm = of(evaluate(Overrides.none()), "ZJ-001");
    assertEquals(Money.yuan("100000"), amountOf(firm, INNOVATIVE));
    assertEquals(Money.yuan("200000"), amountOf(firm, SRDI));
    assertEquals(Money.yuan("200000"), amountOf(firm, GIANT));
    assertTrue(firm.benefits().stream().anyMatch(b -> b.measure().value().equals("zhanjiang.land.reduced-standards")));
  }

  @Test
  void a_recognition_on_the_first_day_of_2022_is_awarded_and_its_renewal_earns_nothing_more() {
    var firm = of(evaluate(Overrides.none()), "ZJ-002");
    Entitlement srdi = entitlements(firm, SRDI).get(0);
    assertEquals(day("2022-01-01"), srdi.date());
    assertEquals(Optional.of(Money.yuan("300000")), srdi.amount());
    assertEquals(AmountKind.UP_TO, srdi.amountKind());
    assertTrue(reasons(firm, SRDI).contains("highest only: 300000.00 already awarded"), reasons(firm, SRDI));
  }

  @Test
  void ten_firms_brought_along_earn_the_digital_award_and_nine_do_not() {
    var result = evaluate(Overrides.none());
    Entitlement digital = entitlements(of(result, "ZJ-002"), DIGITAL).get(0);
    assertEquals(AmountKind.UNSPECIFIED, digital.amountKind());
    assertEquals(Optional.empty(), digital.amount());
    assertEquals(List.of(), entitlements(of(result, "ZJ-006"), DIGITAL));
    assertTrue(reasons(of(result, "ZJ-006"), DIGITAL).contains("brought 9 up- or downstream firms along, not ≥ 10"));
  }

  @Test
  void the_operator_of_a_provincial_park_is_awarded_for_a_firm_from_outside_but_not_that_of_a_city_level_park() {
    var result = evaluate(Overrides.none());
    Entitlement award = entitlements(of(result, "ZJ-003"), PARK_AWARD).get(0);
    assertEquals(Optional.of("operator of park P1"), award.payee());
    assertEquals(AmountKind.UNSPECIFIED, award.amountKind());
    assertEquals(Money.yuan("300000"), amountOf(of(result, "ZJ-003"), SRDI));
    assertTrue(reasons(of(result, "ZJ-005"), PARK_AWARD).contains("park P2 is a city park"));
  }

  @Test
  void a_recognition_of_2021_12_31_earns_nothing_and_says_why() {
    var firm = of(evaluate(Overrides.none()), "ZJ-004");
    assertEquals(List.of(), firm.entitlements());
    assertEquals(List.of(), firm.benefits());
    assertTrue(reasons(firm, SRDI).contains("dated 2021-12-31, outside the covered period 2022-01-01 .. 2026-02-16"),
        reasons(firm, SRDI));
  }

  @Test
  void a_high_tech_innovative_sme_is_awarded_100000_and_recommended_first() {
    var firm = of(evaluate(Overrides.none()), "ZJ-005");
    assertEquals(Money.yuan("100000"), amountOf(firm, INNOVATIVE));
    assertTrue(firm.benefits().stream()
        .anyMatch(b -> b.measure().value().equals("zhanjiang.cultivation-pool.priority-recommendation")));
  }

  @Test
  void two_titles_on_one_day_pay_only_the_little_giants_500000() {
    var firm = of(evaluate(Overrides.none()), "ZJ-006");
    assertEquals(Money.yuan("500000"), amountOf(firm, GIANT));
    assertEquals(List.of(), entitlements(firm, SRDI));
  }

  @Test
  void under_first_final_the_climbing_firm_keeps_only_its_first_100000() {
    var result = evaluate(FIRST_FINAL);
    assertEquals(Money.yuan("100000"), of(result, "ZJ-001").total());
    assertEquals(Money.yuan("500000"), of(result, "ZJ-006").total());
  }

  @Test
  void no_park_gathers_ten_srdi_firms_so_no_plaque_is_granted() {
    List<PortfolioFinding> findings = evaluate(Overrides.none()).findings();
    assertEquals(2, findings.size());
    assertTrue(findings.stream().noneMatch(PortfolioFinding::granted));
    assertTrue(findings.get(0).explanation().contains("gathers 3 provincial-or-above SRDI SME(s) on 2025-12-31"),
        findings.get(0).explanation());
  }

  @Test
  void one_firm_has_doubled_its_revenue_since_its_base_year() {
    TargetReport doubling = TestKit.engine()
        .targets(ZHANJIANG, new Portfolio(enterprises(), PARKS), 2025, END_2025, TestKit.settings(ZHANJIANG, Overrides.none()))
        .stream().filter(r -> r.target().id().value().equals("zhanjiang.target.revenue-doubling")).findFirst().orElseThrow();
    assertEquals(Optional.of(BigDecimal.ONE), doubling.reached());
    assertFalse(doubling.note().isBlank());
  }
}
