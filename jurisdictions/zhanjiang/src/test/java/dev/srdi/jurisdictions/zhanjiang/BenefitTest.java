package dev.srdi.jurisdictions.zhanjiang;

import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.END_2025;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.ZHANJIANG;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.day;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.firm;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.innovative;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.littleGiant;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.provincialSrdi;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.recognition;
import static dev.srdi.testkit.TestKit.evaluate;
import static dev.srdi.testkit.TestKit.rejections;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.BenefitGrant;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.parameter.Overrides;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The non-monetary benefits of 二、（一）, 二、（六）, 三、（三）, 三、（四） and 三、（六）. */
final class BenefitTest {

  private static Set<String> benefits(EnterpriseResult result) {
    return result.benefits().stream().map(b -> b.measure().value()).collect(Collectors.toSet());
  }

  private static BenefitGrant benefit(EnterpriseResult result, String id) {
    return result.benefits().stream().filter(b -> b.measure().value().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " not granted: " + result.notEligible()));
  }

  private static Enterprise holding(dev.srdi.core.ladder.Recognition r) {
    return firm().addRecognitions(r).build();
  }

  @Test
  void every_benefit_is_non_monetary() {
    for (Measure m : ZHANJIANG.measures()) {
      if (!m.id().value().contains("award")) {
        assertEquals(AmountKind.NONE, m.descriptor().amountKind(), m.id().value());
      }
    }
  }

  @Test
  void a_provincial_srdi_firm_enjoys_the_srdi_and_quality_sme_benefits_but_not_the_little_giants_lower_standards() {
    var result = evaluate(ZHANJIANG, holding(provincialSrdi("2024-01-10")), END_2025);
    assertEquals(Set.of(
        "zhanjiang.ecosystem.city-leader-contact", "zhanjiang.ecosystem.liaison-officer",
        "zhanjiang.ecosystem.professional-titles", "zhanjiang.finance.exclusive-services",
        "zhanjiang.finance.credit-risk-compensation", "zhanjiang.talent.senior-training",
        "zhanjiang.land.priority-supply", "zhanjiang.housing.staff-housing"), benefits(result));
    assertTrue(rejections(result, "zhanjiang.land.reduced-standards").get(0).reason().contains("national little giant"));
  }

  @Test
  void an_innovative_sme_is_a_quality_sme_but_not_an_srdi_firm() {
    var result = evaluate(ZHANJIANG, holding(innovative("2024-01-10")), END_2025);
    assertEquals(Set.of("zhanjiang.ecosystem.city-leader-contact", "zhanjiang.ecosystem.liaison-officer",
        "zhanjiang.finance.credit-risk-compensation"), benefits(result));
  }

  @Test
  void a_national_little_giant_may_have_its_land_standards_lowered_by_up_to_30_percent() {
    var result = evaluate(ZHANJIANG, holding(littleGiant("2024-01-10")), END_2025);
    BenefitGrant lower = benefit(result, "zhanjiang.land.reduced-standards");
    assertTrue(lower.explanation().contains("up to 30%"), lower.explanation());
    assertEquals("三、（六）", lower.citation().clause());
    assertEquals(List.of("各县（市、区）人民政府（管委会）", "市自然资源局", "市工业和信息化局", "市住房城乡建设局"),
        lower.responsibility().responsible().stream().map(d -> d.value()).toList());
    assertTrue(benefits(result).contains("zhanjiang.land.priority-supply"));
    assertTrue(benefits(result).contains("zhanjiang.housing.staff-housing"));
  }

  @Test
  void the_reduction_follows_its_parameter_in_a_what_if() {
    var result = evaluate(ZHANJIANG, holding(littleGiant("2024-01-10")), END_2025,
        Overrides.none().withParameter("zhanjiang.land.standards-reduction", "20"));
    assertTrue(benefit(result, "zhanjiang.land.reduced-standards").explanation().contains("up to 20%"));
  }

  @Test
  void a_city_level_srdi_recognition_brings_none_of_the_benefits() {
    var result = evaluate(ZHANJIANG, holding(recognition(Title.SRDI_SME, Level.CITY, "2024-01-10")), END_2025);
    assertEquals(Set.of(), benefits(result));
  }

  @Test
  void a_recognition_that_expired_before_the_day_brings_no_benefit() {
    var result = evaluate(ZHANJIANG, holding(provincialSrdi("2022-12-30")), END_2025);
    assertEquals(Set.of(), benefits(result));
    assertTrue(rejections(result, "zhanjiang.land.priority-supply").get(0).reason().contains("not a provincial-or-above SRDI SME"));
  }

  @Test
  void no_benefit_is_granted_once_the_plan_has_expired() {
    var result = evaluate(ZHANJIANG, holding(provincialSrdi("2025-06-01")), day("2026-02-17"));
    assertEquals(Set.of(), benefits(result));
    assertTrue(rejections(result, "zhanjiang.land.priority-supply").get(0).reason().contains("outside the covered period"));
  }

  @Test
  void a_high_tech_enterprise_is_recommended_first_for_the_srdi_titles() {
    var result = evaluate(ZHANJIANG, firm()
        .addAchievements(Achievement.of("HIGH_TECH_ENTERPRISE", day("2023-11-01")))
        .addRecognitions(provincialSrdi("2024-01-10"))
        .build(), END_2025);
    BenefitGrant priority = benefit(result, "zhanjiang.cultivation-pool.priority-recommendation");
    assertEquals("二、（一）", priority.citation().clause());
    assertTrue(priority.notes().get(0).contains("validity"));
  }

  @Test
  void a_firm_without_a_high_tech_certificate_or_already_a_little_giant_is_not_recommended() {
    var plain = evaluate(ZHANJIANG, holding(provincialSrdi("2024-01-10")), END_2025);
    assertTrue(rejections(plain, "zhanjiang.cultivation-pool.priority-recommendation").get(0).reason()
        .contains("no high-tech enterprise certification"));
    var giant = evaluate(ZHANJIANG, firm()
        .addAchievements(Achievement.of("HIGH_TECH_ENTERPRISE", day("2023-11-01")))
        .addRecognitions(littleGiant("2024-01-10"))
        .build(), END_2025);
    assertTrue(rejections(giant, "zhanjiang.cultivation-pool.priority-recommendation").get(0).reason()
        .contains("no higher SRDI title"));
  }

  @Test
  void a_benefit_is_granted_for_the_year_of_the_day_it_is_assessed_on() {
    var result = evaluate(ZHANJIANG, holding(provincialSrdi("2023-05-10")), day("2024-06-30"));
    assertEquals(2024, benefit(result, "zhanjiang.finance.exclusive-services").year());
    assertEquals("三、（三）", benefit(result, "zhanjiang.finance.exclusive-services").citation().clause());
    assertEquals("三、（四）", benefit(result, "zhanjiang.talent.senior-training").citation().clause());
    assertEquals("二、（六）", benefit(result, "zhanjiang.ecosystem.professional-titles").citation().clause());
  }
}
