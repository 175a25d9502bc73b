package dev.srdi.jurisdictions.xiangxiang;

import static dev.srdi.jurisdictions.xiangxiang.Fixture.XIANGXIANG;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.achievement;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.enterprise;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.recognition;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.renewal;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.revenue;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.BRAND_PILOT;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.CLOUD;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.DEMONSTRATION;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.EQUIPMENT_CONTRACTOR;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.EQUITY_FINANCING;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.GREEN;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.LOAN;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.MEDICAL_PRODUCT;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.PATENT_BREAKTHROUGH;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.SMART_UPGRADE;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.TECH_CENTER;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.TECH_RESULT;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.THREE_PRODUCTS;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.WEAPONS_CONFIDENTIALITY;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.WEAPONS_LICENSE;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.WEAPONS_QUALITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.BenefitGrant;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.facts.Industry;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.testkit.ExampleScenarios;
import dev.srdi.testkit.TestKit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The example scenario {@code seeds/examples/xiangxiang.json}, built here with the same facts (the plugin
 * cannot parse JSON), with the amounts checked by hand against the text. The totals are also read from
 * the golden {@code seeds/examples/xiangxiang.evaluate.json}, so that the file and this mirror cannot drift.
 */
final class XiangxiangExampleScenarioTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  private static final Portfolio SCENARIO = Portfolio.of(List.of(
      // climbs city → provincial → national → national key; a renewal; cloud investment exactly at the floor
      enterprise("XX-001").inDevelopmentZone(true).industry(Industry.INDUSTRIAL).aboveDesignatedSize(true)
          .addFinancials(revenue(2024, "80000000"), revenue(2025, "95000000"))
          .addRecognitions(recognition(Title.SRDI_SME, Level.CITY, "2022-06-30"),
              recognition(Title.SRDI_SME, Level.PROVINCIAL, "2023-03-15"),
              recognition(Title.LITTLE_GIANT, Level.NATIONAL, "2024-07-20"),
              recognition(Title.KEY_LITTLE_GIANT, Level.NATIONAL, "2025-06-30"),
              renewal(Title.SRDI_SME, Level.CITY, "2025-06-30"))
          .addAchievements(achievement(CLOUD, "2023-09-01").investment(Money.yuan("500000")).build(),
              achievement(LOAN, "2025-05-10").amount(Money.yuan("5000000")).build())
          .build(),
      // Hunan's "provincial little giant", both champion-product levels, green at both levels, two programmes,
      // a cloud project over the cap
      enterprise("XX-002").inDevelopmentZone(true).industry(Industry.INDUSTRIAL).aboveDesignatedSize(true)
          .addFinancials(revenue(2024, "150000000"), revenue(2025, "180000000"))
          .addRecognitions(recognition(Title.LITTLE_GIANT, Level.PROVINCIAL, "2022-10-10"),
              recognition(Title.SINGLE_CHAMPION_PRODUCT, Level.PROVINCIAL, "2024-05-01"),
              recognition(Title.SINGLE_CHAMPION_PRODUCT, Level.NATIONAL, "2025-11-30"))
          .addAchievements(achievement(GREEN, "2023-10-15").level(Level.PROVINCIAL).build(),
              achievement(GREEN, "2025-09-20").level(Level.NATIONAL).build(),
              achievement(DEMONSTRATION, "2024-08-01").level(Level.PROVINCIAL).program("TWO_INTEGRATION_BENCHMARK").build(),
              achievement(DEMONSTRATION, "2025-07-01").level(Level.NATIONAL).program("FIVE_G_APPLICATION").build(),
              achievement(CLOUD, "2024-03-01").investment(Money.yuan("1600000")).build(),
              achievement(EQUITY_FINANCING, "2025-04-18").amount(Money.yuan("30000000")).build())
          .build(),
      // a small firm: innovation awards, three medical products, a smart upgrade exactly at the cap,
      // revenue exactly 20 million in 2024 (top of the pool band and at the scale)
      enterprise("XX-003").inDevelopmentZone(false).industry(Industry.INDUSTRIAL).aboveDesignatedSize(false)
          .addFinancials(revenue(2023, "18000000"), revenue(2024, "20000000"))
          .addAchievements(achievement(PATENT_BREAKTHROUGH, "2023-05-10").build(),
              achievement(MEDICAL_PRODUCT, "2023-08-01").level(Level.PROVINCIAL).count(3).build(),
              achievement(TECH_CENTER, "2024-04-01").level(Level.CITY).build(),
              achievement(BRAND_PILOT, "2024-09-01").build(),
              achievement(THREE_PRODUCTS, "2025-03-01").build(),
              achievement(SMART_UPGRADE, "2025-04-01").investment(Money.yuan("1000000")).significantGain(true).build(),
              achievement(TECH_RESULT, "2025-06-01").build())
          .build(),
      // the four weapons-and-equipment qualifications; revenue fell to exactly 30 million in 2024
      enterprise("XX-004").inDevelopmentZone(true).industry(Industry.INDUSTRIAL).aboveDesignatedSize(true)
          .addFinancials(revenue(2023, "35000000"), revenue(2024, "30000000"))
          .addAchievements(achievement(WEAPONS_CONFIDENTIALITY, "2022-09-01").build(),
              achievement(WEAPONS_QUALITY, "2023-02-01").build(),
              achievement(WEAPONS_LICENSE, "2024-06-01").build(),
              achievement(EQUIPMENT_CONTRACTOR, "2025-01-15").build())
          .build(),
      // a construction firm entering the list in 2023: support whose amount the text does not set
      enterprise("XX-005").inDevelopmentZone(false).industry(Industry.CONSTRUCTION).aboveDesignatedSize(true)
          .addFinancials(revenue(2022, "15000000"), revenue(2023, "21000000"))
          .build(),
      // earns nothing: a recognition before the plans, one fen under two floors, no significant gain
      enterprise("XX-006").inDevelopmentZone(false).industry(Industry.INDUSTRIAL).aboveDesignatedSize(false)
          .addFinancials(revenue(2025, "9999999.99"))
          .addRecognitions(recognition(Title.SRDI_SME, Level.CITY, "2021-05-01"))
          .addAchievements(achievement(CLOUD, "2023-06-01").investment(Money.yuan("499999.99")).build(),
              achievement(SMART_UPGRADE, "2024-05-01").investment(Money.yuan("300000")).significantGain(false).build())
          .build()));

  /** Per-enterprise totals checked by hand (see the arithmetic in each test). */
  private static final Map<String, String> TOTALS = Map.of("XX-001", "675000.00", "XX-002", "1010000.00",
      "XX-003", "360000.00", "XX-004", "260000.00", "XX-005", "0.00", "XX-006", "0.00");

  private static final PortfolioResult RESULT = evaluate(Overrides.none());

  private static PortfolioResult evaluate(Overrides overrides) {
    return TestKit.engine().evaluate(XIANGXIANG, SCENARIO, AS_OF, TestKit.settings(XIANGXIANG, overrides));
  }

  private static EnterpriseResult of(PortfolioResult result, String id) {
    return result.enterprises().stream().filter(r -> r.enterprise().equals(EnterpriseId.of(id))).findFirst()
        .orElseThrow();
  }

  private static EnterpriseResult of(String id) {
    return of(RESULT, id);
  }

  private static List<String> paid(EnterpriseResult result) {
    return result.entitlements().stream()
        .map(e -> e.measure().value() + " " + e.year() + " " + e.amountKind() + " "
            + e.amount().map(Money::toFenString).orElse("unspecified"))
        .toList();
  }

  private static List<String> benefits(String id) {
    return of(id).benefits().stream().map(b -> b.measure().value() + " " + b.year()).toList();
  }

  private static List<String> reasons(String id) {
    return of(id).notEligible().stream().map(NotEligible::reason).toList();
  }

  @Test
  void the_seed_example_holds_the_same_enterprises_and_its_golden_output_the_same_totals() {
    ExampleScenarios.assertSameTotals("xiangxiang", TOTALS, "2305000.00", RESULT.enterprises().stream()
        .collect(Collectors.toMap(EnterpriseResult::enterprise, r -> r)));
  }

  @Test
  void a_firm_climbing_every_rung_earns_each_rungs_award_once_and_nothing_for_its_renewal() {
    // 50,000 + 100,000 + 5% × 500,000 = 25,000 (50万元以上 includes 500,000) + 200,000 + 300,000 = 675,000
    assertEquals(List.of("xiangxiang.award.city-srdi 2022 EXACT 50000.00",
        "xiangxiang.award.provincial-srdi 2023 EXACT 100000.00",
        "xiangxiang.digital.cloud-adoption 2023 UP_TO 25000.00",
        "xiangxiang.award.national-little-giant 2024 EXACT 200000.00",
        "xiangxiang.award.national-key-little-giant 2025 EXACT 300000.00"), paid(of("XX-001")));
    assertTrue(reasons("XX-001").contains(
        "a renewal (复核) is not a new recognition (新认定): 市级专精特新中小企业 (city SRDI SME, renewal 2025-06-30)"),
        reasons("XX-001").toString());
  }

  @Test
  void hunans_provincial_little_giant_both_champion_levels_green_programmes_and_a_capped_cloud_subsidy() {
    // 100,000 + 30,000 + min(5% × 1,600,000 = 80,000, 50,000) + 200,000 + 30,000 + 50,000 + 50,000 + 500,000
    assertEquals(List.of("xiangxiang.award.provincial-srdi 2022 EXACT 100000.00",
        "xiangxiang.quality.green-manufacturing-provincial 2023 EXACT 30000.00",
        "xiangxiang.digital.cloud-adoption 2024 UP_TO 50000.00",
        "xiangxiang.award.provincial-single-champion-product 2024 EXACT 200000.00",
        "xiangxiang.digital.provincial-demonstration 2024 EXACT 30000.00",
        "xiangxiang.digital.national-demonstration 2025 EXACT 50000.00",
        "xiangxiang.quality.green-manufacturing-national 2025 EXACT 50000.00",
        "xiangxiang.award.national-single-champion-product 2025 EXACT 500000.00"), paid(of("XX-002")));
  }

  @Test
  void read_strictly_hunans_provincial_little_giant_earns_nothing_and_its_holder_is_no_srdi_firm_for_the_cloud() {
    PortfolioResult strict = evaluate(Overrides.none()
        .withInterpretation("xiangxiang.hunan-little-giant-names", "strict"));

    // 1,010,000 − 100,000 (provincial award) − 50,000 (cloud: no SRDI recognition held on 2024-03-01)
    assertEquals(Money.yuan("860000"), of(strict, "XX-002").total());
  }

  @Test
  void a_small_firm_earns_per_product_and_capped_awards_and_at_exactly_20_million_has_left_the_pool_for_the_scale() {
    // 20,000 + 3 × 50,000 + 50,000 + 20,000 + 20,000 + 10% × 1,000,000 = 100,000 (the cap exactly) = 360,000
    assertEquals(List.of("xiangxiang.innovation.invention-patent-breakthrough 2023 EXACT 20000.00",
        "xiangxiang.innovation.medical-product 2023 EXACT 150000.00",
        "xiangxiang.innovation.tech-center 2024 EXACT 50000.00",
        "xiangxiang.quality.brand-pilot 2024 EXACT 20000.00",
        "xiangxiang.quality.three-products-benchmark 2025 EXACT 20000.00",
        "xiangxiang.digital.smart-upgrade 2025 UP_TO 100000.00"), paid(of("XX-003")));
    assertEquals(List.of("xiangxiang.above-size.small-to-above-pool 2023",
        "xiangxiang.above-size.reached-scale-not-counted 2024"), benefits("XX-003"));
  }

  @Test
  void the_weapons_qualifications_pay_50000_50000_80000_80000_and_a_fall_to_exactly_30_million_is_at_risk() {
    assertEquals(List.of("xiangxiang.quality.weapons-confidentiality 2022 EXACT 50000.00",
        "xiangxiang.quality.weapons-quality-system 2023 EXACT 50000.00",
        "xiangxiang.quality.weapons-production-license 2024 EXACT 80000.00",
        "xiangxiang.quality.equipment-contractor 2025 EXACT 80000.00"), paid(of("XX-004")));
    BenefitGrant atRisk = of("XX-004").benefits().get(0);
    assertEquals("xiangxiang.above-size.at-risk-pool 2024", atRisk.measure().value() + " " + atRisk.year());
  }

  @Test
  void a_new_construction_entry_is_entitled_to_support_of_an_amount_the_text_does_not_set() {
    assertEquals(List.of("xiangxiang.above-size.new-entry-support 2023 UNSPECIFIED unspecified"), paid(of("XX-005")));
    assertEquals(Money.zero(), of("XX-005").total());
  }

  @Test
  void a_firm_that_earns_nothing_is_told_why_for_each_measure() {
    assertEquals(List.of(), of("XX-006").entitlements());
    assertEquals(List.of(), of("XX-006").benefits());
    List<String> reasons = reasons("XX-006");
    assertTrue(reasons.contains("revenue 9999999.99 in 2025 is outside ≥ 10000000.00 (以上) and ≤ 20000000.00 (以下)"),
        reasons.toString());
    assertTrue(reasons.contains("the base 499999.99 is not ≥ 500000.00 (以上)"), reasons.toString());
    assertTrue(reasons.contains("the upgrade project of 2024-05-01 did not achieve a significant gain (增效显著)"),
        reasons.toString());
    assertTrue(reasons.stream().anyMatch(r -> r.startsWith("dated 2021-05-01, outside the covered period 2022-01-01")),
        reasons.toString());
  }
}
