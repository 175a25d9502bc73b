package dev.srdi.jurisdictions.guilin;

import static dev.srdi.jurisdictions.guilin.GuilinFixtures.anyEnterprise;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.assertAnyContains;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.citySrdi;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.evaluate;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.littleGiant;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.reasons;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.regionSrdi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.responsibility.DepartmentId;
import dev.srdi.core.stacking.StackingRule;
import dev.srdi.jurisdictions.guilin.award.FirstCitySrdiAward;
import dev.srdi.testkit.TestKit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 二、（三）: "首次被认定为市级“专精特新”中小企业，给予一次性奖励10万元，前期已获得自治区级以上…不重复享受该政策". */
final class FirstCitySrdiAwardTest {
  private static final String FIRST = "guilin.first-city-srdi-award";
  private static final String AS_OF = "2025-06-30";

  private static List<Entitlement> awards(EnterpriseResult result) {
    return TestKit.entitlements(result, FIRST);
  }

  @Test
  void a_first_new_city_level_recognition_earns_exactly_100000_yuan_from_city_finance() {
    EnterpriseResult result = evaluate(anyEnterprise("E1").addRecognitions(citySrdi("2023-06-30")).build(), AS_OF);

    Entitlement award = awards(result).get(0);
    assertEquals(1, awards(result).size());
    assertEquals(Optional.of(Money.yuan("100000.00")), award.amount());
    assertEquals(AmountKind.EXACT, award.amountKind());
    assertEquals(2023, award.year());
    assertTrue(award.fundingSource().orElseThrow().contains("市级财政资金"));
    assertEquals(List.of(DepartmentId.of("市财政局"), DepartmentId.of("市工业和信息化局"), DepartmentId.of("各县（市、区）人民政府")),
        award.responsibility().responsible());
    assertTrue(award.notes().stream().anyMatch(n -> n.startsWith("in-force window unknown")), award.notes()::toString);
  }

  @Test
  void a_renewal_is_not_a_first_recognition() {
    Enterprise e = anyEnterprise("E1")
        .addRecognitions(Recognition.renewal(Title.SRDI_SME, Level.CITY, LocalDate.of(2023, 6, 30))).build();

    EnterpriseResult result = evaluate(e, AS_OF);

    assertTrue(awards(result).isEmpty());
    assertAnyContains(reasons(result, FIRST), "renewal (复核)");
  }

  @Test
  void a_new_recognition_after_a_city_level_renewal_is_not_the_first() {
    Enterprise e = anyEnterprise("E1")
        .addRecognitions(Recognition.renewal(Title.SRDI_SME, Level.CITY, LocalDate.of(2021, 6, 30)), citySrdi("2024-09-01"))
        .build();

    EnterpriseResult result = evaluate(e, AS_OF);

    assertTrue(awards(result).isEmpty());
    assertAnyContains(reasons(result, FIRST), "2024-09-01 is not the first");
  }

  @Test
  void a_firm_that_held_a_region_level_srdi_recognition_before_gets_no_first_award() {
    Enterprise e = anyEnterprise("E1").addRecognitions(regionSrdi("2021-05-10"), citySrdi("2023-06-30")).build();

    EnterpriseResult result = evaluate(e, AS_OF);

    assertTrue(awards(result).isEmpty());
    assertAnyContains(reasons(result, FIRST), "already held a provincial-or-above SRDI SME recognition before 2023-06-30");
  }

  @Test
  void a_region_level_recognition_that_comes_later_does_not_take_the_award_back() {
    Enterprise e = anyEnterprise("E1").addRecognitions(citySrdi("2022-06-30"), regionSrdi("2024-05-10")).build();

    assertEquals(1, awards(evaluate(e, AS_OF)).size());
  }

  @Test
  void an_earlier_national_little_giant_excludes_the_award_by_default_but_not_when_only_the_srdi_title_counts() {
    Enterprise e = anyEnterprise("E1").addRecognitions(littleGiant("2021-07-01"), citySrdi("2023-06-30")).build();
    Overrides titleOnly = Overrides.none()
        .withInterpretation("guilin.first-city-srdi-award.earlier-title", "srdi-title-only");

    EnterpriseResult byDefault = evaluate(e, AS_OF);
    EnterpriseResult variant = evaluate(e, AS_OF, titleOnly);

    assertTrue(awards(byDefault).isEmpty());
    assertAnyContains(reasons(byDefault, FIRST), "little giant recognition before 2023-06-30",
        "interpretation guilin.first-city-srdi-award.earlier-title=srdi-and-little-giant");
    assertEquals(Optional.of(Money.yuan("100000.00")), awards(variant).get(0).amount());
  }

  @Test
  void an_earlier_national_key_little_giant_excludes_the_award_by_default_too() {
    Enterprise e = anyEnterprise("E1")
        .addRecognitions(Recognition.of(Title.KEY_LITTLE_GIANT, Level.NATIONAL, LocalDate.of(2021, 7, 1)),
            citySrdi("2023-06-30"))
        .build();
    Overrides titleOnly = Overrides.none()
        .withInterpretation("guilin.first-city-srdi-award.earlier-title", "srdi-title-only");

    assertTrue(awards(evaluate(e, AS_OF)).isEmpty());
    assertAnyContains(reasons(evaluate(e, AS_OF), FIRST), "key little giant recognition before 2023-06-30");
    assertEquals(Optional.of(Money.yuan("100000.00")), awards(evaluate(e, AS_OF, titleOnly)).get(0).amount());
  }

  @Test
  void a_little_giant_that_comes_after_the_city_level_recognition_does_not_take_the_award_back() {
    Enterprise e = anyEnterprise("E1").addRecognitions(citySrdi("2022-06-30"), littleGiant("2023-07-01")).build();

    assertEquals(Optional.of(Money.yuan("100000.00")), awards(evaluate(e, AS_OF)).get(0).amount());
  }

  @Test
  void the_little_giant_switch_is_a_declared_stacking_rule_not_code_inside_the_measure() {
    List<StackingRule> rules = new FirstCitySrdiAward().descriptor().stacking();

    assertTrue(rules.contains(StackingRule.whenChosen(GuilinInterpretations.FIRST_AWARD_EARLIER_TITLE,
        GuilinInterpretations.SRDI_AND_LITTLE_GIANT, StackingRule.notIfHeldBefore(Title.LITTLE_GIANT, Level.NATIONAL))),
        rules::toString);
    assertTrue(rules.contains(StackingRule.notIfHeldBefore(Title.SRDI_SME, Level.PROVINCIAL)), rules::toString);
    assertTrue(rules.contains(StackingRule.firstOccurrenceOnly()) && rules.contains(StackingRule.oncePerEnterprise()),
        rules::toString);
  }

  @Test
  void only_the_first_of_two_new_city_level_recognitions_earns_it() {
    Enterprise e = anyEnterprise("E1").addRecognitions(citySrdi("2023-06-30"), citySrdi("2019-06-30")).build();

    EnterpriseResult result = evaluate(e, AS_OF);

    assertEquals(List.of(2019), awards(result).stream().map(Entitlement::year).toList());
    assertAnyContains(reasons(result, FIRST), "first occurrence only");
  }

  @Test
  void a_recognition_after_the_as_of_date_is_not_paid_yet() {
    EnterpriseResult result = evaluate(anyEnterprise("E1").addRecognitions(citySrdi("2025-09-01")).build(), AS_OF);

    assertTrue(awards(result).isEmpty());
    assertAnyContains(reasons(result, FIRST), "after the as-of date");
  }

  @Test
  void a_region_level_recognition_alone_earns_no_city_level_award() {
    EnterpriseResult result = evaluate(anyEnterprise("E1").addRecognitions(regionSrdi("2023-06-30")).build(), AS_OF);

    assertTrue(awards(result).isEmpty());
    assertEquals(Money.zero(), result.total());
    assertAnyContains(reasons(result, FIRST), "has no city-level SRDI recognition");
  }
}
