package dev.srdi.jurisdictions.guilin;

import static dev.srdi.jurisdictions.guilin.GuilinFixtures.achievement;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.anyEnterprise;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.assertAnyContains;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.citySrdi;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.evaluate;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.littleGiant;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.reasons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.BenefitGrant;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.responsibility.DepartmentId;
import dev.srdi.testkit.TestKit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The non-monetary benefits of 一、（一） and 三、（五） to 十、（十八）, and the talent treatment of 九、（十七）. */
final class BenefitsTest {
  private static final String AS_OF = "2024-06-30";
  private static final Enterprise CITY_SRDI = anyEnterprise("E1").addRecognitions(citySrdi("2023-03-01")).build();
  private static final Enterprise INNOVATIVE_ONLY = anyEnterprise("E2")
      .addRecognitions(Recognition.of(Title.INNOVATIVE_SME, Level.PROVINCIAL, LocalDate.of(2023, 3, 1))).build();

  private static BenefitGrant benefit(EnterpriseResult result, String measure) {
    List<BenefitGrant> granted = result.benefits().stream().filter(b -> b.measure().equals(MeasureId.of(measure))).toList();
    assertEquals(1, granted.size(), () -> measure + " granted " + granted);
    return granted.get(0);
  }

  @ParameterizedTest(name = "{1} {0}: granted to an SRDI SME, refused to an innovative SME")
  @CsvSource({
      "guilin.white-list, 一、（一）",
      "guilin.priority-energy, 三、（五）",
      "guilin.logistics-cost-support, 三、（六）",
      "guilin.service-package, 四、（七）",
      "guilin.liaison, 四、（八）",
      "guilin.credit-priority, 五、（九）",
      "guilin.listing-service, 五、（十）",
      "guilin.supply-chain-support, 六、（十一）",
      "guilin.product-recommendation, 六、（十二）",
      "guilin.industry-academia, 七、（十三）",
      "guilin.technical-upgrade-priority, 七、（十四）",
      "guilin.quality-brand-support, 八、（十五）",
      "guilin.training-coverage, 九、（十六）",
      "guilin.market-development, 十、（十八）"})
  void each_benefit_goes_to_an_srdi_sme_of_any_level_and_not_to_an_innovative_sme(String measure, String clause) {
    BenefitGrant granted = benefit(evaluate(CITY_SRDI, AS_OF), measure);

    assertEquals(clause, granted.citation().clause());
    assertEquals(2024, granted.year());
    assertTrue(granted.explanation().contains("市级专精特新中小企业"), granted.explanation());
    assertTrue(granted.notes().stream().anyMatch(n -> n.startsWith("in-force window unknown")), granted.notes()::toString);
    assertTrue(TestKit.entitlements(evaluate(CITY_SRDI, AS_OF), measure).isEmpty(), "a benefit is not money");
    assertAnyContains(reasons(evaluate(INNOVATIVE_ONLY, AS_OF), measure), "holds no valid SRDI recognition of any level");
  }

  @Test
  void every_srdi_sme_is_on_the_industrial_white_list_including_a_national_little_giant() {
    Enterprise giant = anyEnterprise("E3").addRecognitions(littleGiant("2022-07-01")).build();

    BenefitGrant granted = benefit(evaluate(giant, AS_OF), "guilin.white-list");

    assertTrue(granted.explanation().contains("白名单"), granted.explanation());
    assertTrue(granted.explanation().contains("little giant"), granted.explanation());
  }

  @Test
  void a_recognition_that_has_lapsed_leaves_the_white_list() {
    Enterprise lapsed = anyEnterprise("E4").addRecognitions(citySrdi("2020-03-01")).build();

    EnterpriseResult result = evaluate(lapsed, AS_OF);

    assertTrue(result.benefits().isEmpty(), result.benefits()::toString);
    assertAnyContains(reasons(result, "guilin.white-list"), "on 2024-06-30");
  }

  @Test
  void priority_power_and_gas_names_the_power_supply_bureau_among_the_responsible_departments() {
    BenefitGrant granted = benefit(evaluate(CITY_SRDI, AS_OF), "guilin.priority-energy");

    assertEquals(List.of(DepartmentId.of("市发展改革委"), DepartmentId.of("市工业和信息化局"), DepartmentId.of("市城管委"),
        DepartmentId.of("广西电网桂林供电局")), granted.responsibility().responsible());
    assertTrue(granted.description().contains("gas"), granted.description());
  }

  @Test
  void logistics_support_says_it_is_only_for_an_export_oriented_firm_which_the_facts_do_not_show() {
    BenefitGrant granted = benefit(evaluate(CITY_SRDI, AS_OF), "guilin.logistics-cost-support");

    assertAnyContains(granted.notes(), "export-oriented (外向型)");
  }

  @Test
  void the_listing_service_says_it_is_only_for_a_firm_preparing_a_listing() {
    BenefitGrant granted = benefit(evaluate(CITY_SRDI, AS_OF), "guilin.listing-service");

    assertAnyContains(granted.notes(), "拟上市企业");
  }

  @Test
  void each_srdi_sme_has_one_liaison_who_resolves_at_least_one_difficulty_a_year_and_a_what_if_can_raise_it() {
    BenefitGrant byDefault = benefit(evaluate(CITY_SRDI, AS_OF), "guilin.liaison");
    BenefitGrant variant = benefit(evaluate(CITY_SRDI, AS_OF,
        Overrides.none().withParameter("guilin.liaison.difficulties-a-year", "2")), "guilin.liaison");

    assertTrue(byDefault.explanation().contains("1 liaison(s)"), byDefault.explanation());
    assertTrue(byDefault.explanation().contains("at least 1 of its difficulties a year"), byDefault.explanation());
    assertTrue(byDefault.explanation().contains("一户一档"), byDefault.explanation());
    assertTrue(variant.explanation().contains("at least 2 of its difficulties a year"), variant.explanation());
  }

  @Test
  void credit_priority_names_all_five_responsible_units() {
    BenefitGrant granted = benefit(evaluate(CITY_SRDI, AS_OF), "guilin.credit-priority");

    assertEquals(5, granted.responsibility().responsible().size());
    assertTrue(granted.description().contains("桂惠贷"), granted.description());
  }

  @Test
  void a_benefit_is_granted_once_per_enterprise() {
    Enterprise twice = anyEnterprise("E5").addRecognitions(citySrdi("2023-03-01"), littleGiant("2024-01-10")).build();

    assertEquals(1, evaluate(twice, AS_OF).benefits().stream()
        .filter(b -> b.measure().equals(MeasureId.of("guilin.market-development"))).count());
  }

  @Test
  void a_talent_brought_in_by_an_srdi_sme_gets_the_treatment_another_document_sets_with_no_amount() {
    Enterprise e = anyEnterprise("E6").addRecognitions(citySrdi("2023-03-01"))
        .addAchievements(achievement("HIGH_LEVEL_TALENT", "2023-10-01")).build();

    EnterpriseResult result = evaluate(e, AS_OF);

    Entitlement treatment = TestKit.entitlements(result, "guilin.high-level-talent").get(0);
    assertEquals(AmountKind.UNSPECIFIED, treatment.amountKind());
    assertEquals(Optional.empty(), treatment.amount());
    assertTrue(treatment.payee().orElseThrow().contains("talent"));
    assertEquals("九、（十七）", treatment.citation().clause());
    assertTrue(treatment.citation().quote().contains("《桂林市人才引进和培养办法》"));
    assertEquals(Money.zero(), treatment.countedAmount(), "an unspecified treatment adds nothing to the total");
  }

  @Test
  void a_talent_brought_in_before_the_firm_was_an_srdi_sme_gets_nothing_under_this_clause() {
    Enterprise e = anyEnterprise("E7").addRecognitions(citySrdi("2023-03-01"))
        .addAchievements(achievement("HIGH_LEVEL_TALENT", "2022-10-01")).build();

    EnterpriseResult result = evaluate(e, AS_OF);

    assertTrue(TestKit.entitlements(result, "guilin.high-level-talent").isEmpty());
    assertAnyContains(reasons(result, "guilin.high-level-talent"), "held no valid SRDI recognition");
  }
}
