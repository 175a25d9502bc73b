package dev.srdi.jurisdictions.xiangxiang;

import static dev.srdi.jurisdictions.xiangxiang.Fixture.XIANGXIANG;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.enterprise;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.recognition;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.renewal;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.revenue;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.BRAND_PILOT;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.EQUIPMENT_CONTRACTOR;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.EQUITY_FINANCING;
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
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.testkit.ScenarioFacts;
import dev.srdi.testkit.TestKit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example scenario {@code seeds/examples/xiangxiang.json}, read from the file itself, with the amounts, reasons
 * and readings checked by hand against the text; each enterprise's entitlements and total are the example
 * case {@code src/test/resources/cases/xiangxiang.yaml}, which the CLI's golden output is checked against.
 */
final class XiangxiangExampleScenarioTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  /** The facts of {@code seeds/examples/xiangxiang.json}, read from the file itself. */
  private static final Portfolio SCENARIO = ScenarioFacts.example("xiangxiang").portfolio();


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
