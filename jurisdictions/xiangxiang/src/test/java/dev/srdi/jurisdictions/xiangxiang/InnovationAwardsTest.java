package dev.srdi.jurisdictions.xiangxiang;

import static dev.srdi.jurisdictions.xiangxiang.Fixture.achievement;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.amounts;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.enterprise;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.evaluate;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.paid;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.reasons;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.facts.AchievementType;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.money.Money;
import dev.srdi.core.responsibility.DepartmentId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plan two 三、4–7: patents, technology centres, medical products, quality, brands, green, weapons. */
final class InnovationAwardsTest {

  private static EnterpriseResult with(AchievementType type, String... dates) {
    var b = enterprise("E1");
    for (String d : dates) {
      b.addAchievements(achievement(type, d).build());
    }
    return evaluate(b.build());
  }

  @Test
  void an_sme_whose_first_invention_patent_is_put_to_use_earns_20000_once() {
    EnterpriseResult result = with(PATENT_BREAKTHROUGH, "2022-10-01", "2024-10-01");
    String id = "xiangxiang.innovation.invention-patent-breakthrough";

    assertEquals(List.of(Money.yuan("20000")), amounts(result, id));
    assertEquals(List.of(DepartmentId.of("市市场监管局")), paid(result, id).get(0).responsibility().lead());
    assertTrue(reasons(result, id).get(0).startsWith("once per enterprise"));
  }

  @Test
  void a_new_xiangtan_city_level_technology_centre_earns_50000_and_a_provincial_one_nothing() {
    String id = "xiangxiang.innovation.tech-center";
    var e = enterprise("E1").addAchievements(
        achievement(TECH_CENTER, "2023-04-01").level(Level.PROVINCIAL).build(),
        achievement(TECH_CENTER, "2023-09-01").level(Level.CITY).build()).build();
    EnterpriseResult result = evaluate(e);

    assertEquals(List.of(Money.yuan("50000")), amounts(result, id));
    assertTrue(reasons(result, id).get(0).contains("city level (市级) only"), reasons(result, id).toString());
  }

  @Test
  void a_technology_centre_without_a_level_is_not_enough_facts() {
    EnterpriseResult result = with(TECH_CENTER, "2023-04-01");

    assertTrue(reasons(result, "xiangxiang.innovation.tech-center").get(0).startsWith("not enough facts"));
  }

  @Test
  void provincial_medical_product_awards_earn_50000_per_product() {
    String id = "xiangxiang.innovation.medical-product";
    var e = enterprise("E1").addAchievements(
        achievement(MEDICAL_PRODUCT, "2023-04-01").level(Level.PROVINCIAL).count(3).build(),
        achievement(MEDICAL_PRODUCT, "2024-04-01").level(Level.PROVINCIAL).count(1).build()).build();
    EnterpriseResult result = evaluate(e);

    assertEquals(List.of(Money.yuan("150000"), Money.yuan("50000")), amounts(result, id));
    assertEquals(AmountKind.EXACT, paid(result, id).get(0).amountKind());
  }

  /** 三、（二）6 "对获得省级医疗器械创新…奖励的中小企业，按照每个品种5万元": the clause names the provincial award itself. */
  @Test
  void a_medical_product_award_given_without_a_level_is_the_provincial_award_the_clause_names() {
    String id = "xiangxiang.innovation.medical-product";
    var e = enterprise("E1").addAchievements(
        achievement(MEDICAL_PRODUCT, "2023-04-01").count(2).build(),
        achievement(MEDICAL_PRODUCT, "2023-05-01").level(Level.CITY).count(1).build()).build();
    EnterpriseResult result = evaluate(e);

    assertEquals(List.of(Money.yuan("100000")), amounts(result, id));
    List<String> reasons = reasons(result, id);
    assertEquals(1, reasons.size(), reasons.toString());
    assertTrue(reasons.get(0).contains("provincial (省级) awards only"), reasons.toString());
  }

  @Test
  void a_medical_product_award_needs_the_provincial_level_and_a_count() {
    String id = "xiangxiang.innovation.medical-product";
    var e = enterprise("E1").addAchievements(
        achievement(MEDICAL_PRODUCT, "2023-04-01").level(Level.NATIONAL).count(2).build(),
        achievement(MEDICAL_PRODUCT, "2023-05-01").level(Level.PROVINCIAL).build(),
        achievement(MEDICAL_PRODUCT, "2023-06-01").level(Level.PROVINCIAL).count(0).build()).build();
    EnterpriseResult result = evaluate(e);

    assertEquals(List.of(), paid(result, id));
    List<String> reasons = reasons(result, id);
    assertEquals(3, reasons.size());
    assertTrue(reasons.stream().anyMatch(r -> r.contains("provincial (省级) awards only")), reasons.toString());
    assertTrue(reasons.stream().anyMatch(r -> r.startsWith("not enough facts: count of products")), reasons.toString());
    assertTrue(reasons.stream().anyMatch(r -> r.equals("no units to award")), reasons.toString());
  }

  @Test
  void a_new_hunan_quality_pilot_and_a_three_products_benchmark_earn_20000_each() {
    var e = enterprise("E1").addAchievements(
        achievement(BRAND_PILOT, "2023-04-01").build(),
        achievement(THREE_PRODUCTS, "2023-05-01").build()).build();
    EnterpriseResult result = evaluate(e);

    assertEquals(List.of(Money.yuan("20000")), amounts(result, "xiangxiang.quality.brand-pilot"));
    assertEquals(List.of(Money.yuan("20000")), amounts(result, "xiangxiang.quality.three-products-benchmark"));
  }

  @Test
  void green_manufacturing_earns_30000_provincial_then_50000_national_and_nothing_at_city_level() {
    var e = enterprise("E1").addAchievements(
        achievement(GREEN, "2022-06-01").level(Level.CITY).build(),
        achievement(GREEN, "2023-06-01").level(Level.PROVINCIAL).build(),
        achievement(GREEN, "2024-06-01").level(Level.NATIONAL).build()).build();
    EnterpriseResult result = evaluate(e);

    assertEquals(List.of(Money.yuan("30000")), amounts(result, "xiangxiang.quality.green-manufacturing-provincial"));
    assertEquals(List.of(Money.yuan("50000")), amounts(result, "xiangxiang.quality.green-manufacturing-national"));
    assertEquals(Money.yuan("80000"), result.total());
  }

  @Test
  void the_four_weapons_and_equipment_qualifications_earn_50000_50000_80000_and_80000() {
    var e = enterprise("E1").addAchievements(
        achievement(WEAPONS_CONFIDENTIALITY, "2023-01-10").build(),
        achievement(WEAPONS_QUALITY, "2023-02-10").build(),
        achievement(WEAPONS_LICENSE, "2023-03-10").build(),
        achievement(EQUIPMENT_CONTRACTOR, "2023-04-10").build(),
        achievement(EQUIPMENT_CONTRACTOR, "2024-04-10").build()).build();
    EnterpriseResult result = evaluate(e);

    assertEquals(List.of(Money.yuan("50000")), amounts(result, "xiangxiang.quality.weapons-confidentiality"));
    assertEquals(List.of(Money.yuan("50000")), amounts(result, "xiangxiang.quality.weapons-quality-system"));
    assertEquals(List.of(Money.yuan("80000")), amounts(result, "xiangxiang.quality.weapons-production-license"));
    assertEquals(List.of(Money.yuan("80000")), amounts(result, "xiangxiang.quality.equipment-contractor"));
  }
}
