package dev.srdi.jurisdictions.guilin;

import static dev.srdi.jurisdictions.guilin.GuilinFixtures.anyEnterprise;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.assertAnyContains;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.citySrdi;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.citySrdiWith;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.evaluate;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.figures;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.littleGiant;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.reasons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.testkit.TestKit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 二、（四）: "当年产值0.2亿元（含）—1亿元且同比增长35%及税收增长10%以上的，每家按照产值增长额的3‰给予奖励". */
final class GrowthAwardTest {
  private static final String GROWTH = "guilin.growth-award";
  private static final String AS_OF = "2024-06-30";

  private static List<Entitlement> awards(Enterprise e) {
    return TestKit.entitlements(evaluate(e, AS_OF), GROWTH);
  }

  private static Money onlyAward(Enterprise e) {
    List<Entitlement> paid = awards(e);
    assertEquals(1, paid.size(), () -> "expected one growth award, got " + paid);
    return paid.get(0).amount().orElseThrow();
  }

  @Test
  void an_output_of_exactly_0_2_yi_is_inside_the_bracket_and_earns_3_permille_of_the_increase() {
    Enterprise e = citySrdiWith(figures(2022, "10000000", "1000000"), figures(2023, "20000000", "1100000"));

    Entitlement award = awards(e).get(0);

    assertEquals(Optional.of(Money.yuan("30000.00")), award.amount());
    assertEquals(AmountKind.EXACT, award.amountKind());
    assertEquals(2023, award.year());
    assertEquals(LocalDate.of(2023, 12, 31), award.date());
    assertTrue(award.fundingSource().orElseThrow().contains("市级财政资金"));
    assertTrue(award.notes().stream().anyMatch(n -> n.startsWith("in-force window unknown")), award.notes()::toString);
  }

  @Test
  void an_output_one_fen_below_0_2_yi_is_outside_the_bracket() {
    Enterprise e = citySrdiWith(figures(2022, "10000000", "1000000"), figures(2023, "19999999.99", "1100000"));

    assertTrue(awards(e).isEmpty());
    assertAnyContains(reasons(evaluate(e, AS_OF), GROWTH),
        "output value 19999999.99 in 2023 is below the bracket's lower end of 20000000.00");
  }

  @Test
  void an_output_of_exactly_1_yi_is_referred_to_other_industrial_policies_and_said_so() {
    Enterprise e = citySrdiWith(figures(2022, "50000000", "1000000"), figures(2023, "100000000", "1100000"));

    assertTrue(awards(e).isEmpty());
    assertAnyContains(reasons(evaluate(e, AS_OF), GROWTH),
        "referred to other industrial policies", "奖励标准按照其他工业政策执行");
  }

  @Test
  void an_output_one_fen_below_1_yi_is_still_inside_the_bracket() {
    Enterprise e = citySrdiWith(figures(2022, "50000000", "1000000"), figures(2023, "99999999.99", "1100000"));

    // 3‰ × 49,999,999.99 = 149,999.99997
    assertEquals(Money.yuan("150000.00"), onlyAward(e));
  }

  @Test
  void output_growth_of_exactly_35_percent_and_tax_growth_of_exactly_10_percent_qualify() {
    Enterprise e = citySrdiWith(figures(2022, "20000000", "1000000"), figures(2023, "27000000", "1100000"));

    assertEquals(Money.yuan("21000.00"), onlyAward(e));
  }

  @Test
  void output_growth_a_fen_short_of_35_percent_does_not_qualify() {
    Enterprise e = citySrdiWith(figures(2022, "20000000", "1000000"), figures(2023, "26999999.99", "1100000"));

    assertTrue(awards(e).isEmpty());
    assertAnyContains(reasons(evaluate(e, AS_OF), GROWTH), "output growth is not ≥ 35%", "+34.99%");
  }

  @Test
  void tax_growth_a_fen_short_of_10_percent_does_not_qualify() {
    Enterprise e = citySrdiWith(figures(2022, "20000000", "1000000"), figures(2023, "27000000", "1099999.99"));

    assertTrue(awards(e).isEmpty());
    List<String> reasons = reasons(evaluate(e, AS_OF), GROWTH);
    assertAnyContains(reasons, "tax growth is not ≥ 10%");
    assertTrue(reasons.stream().noneMatch(r -> r.contains("output growth is not")), reasons::toString);
  }

  @Test
  void a_decline_in_output_earns_nothing_and_says_by_how_much() {
    Enterprise e = citySrdiWith(figures(2022, "30000000", "1000000"), figures(2023, "25000000", "1200000"));

    assertTrue(awards(e).isEmpty());
    assertAnyContains(reasons(evaluate(e, AS_OF), GROWTH), "output growth is not ≥ 35%", "-16.66%");
  }

  @Test
  void without_the_previous_years_figures_there_are_not_enough_facts_never_zero_growth() {
    Enterprise e = citySrdiWith(figures(2023, "30000000", "1000000"));

    EnterpriseResult result = evaluate(e, AS_OF);

    assertTrue(TestKit.entitlements(result, GROWTH).isEmpty());
    NotEligible missing = TestKit.rejections(result, GROWTH).stream()
        .filter(n -> n.year().orElseThrow() == 2023).findFirst().orElseThrow();
    assertTrue(missing.isMissingFacts());
    assertTrue(missing.reason().startsWith("not enough facts"), missing.reason());
    assertEquals(List.of("outputValue 2022", "taxPaid 2022"), missing.missingFacts());
  }

  @Test
  void a_finished_srdi_year_without_any_figures_says_not_enough_facts_too() {
    Enterprise e = citySrdiWith();

    List<NotEligible> rejections = TestKit.rejections(evaluate(e, "2024-12-31"), GROWTH);

    assertEquals(List.of(2022, 2023, 2024), rejections.stream().map(n -> n.year().orElseThrow()).toList());
    assertTrue(rejections.stream().allMatch(NotEligible::isMissingFacts), rejections::toString);
  }

  @Test
  void a_previous_output_of_zero_makes_growth_undefined_and_says_so() {
    Enterprise e = citySrdiWith(figures(2022, "0", "1000000"), figures(2023, "30000000", "1200000"));

    assertTrue(awards(e).isEmpty());
    assertAnyContains(reasons(evaluate(e, AS_OF), GROWTH), "output growth in 2023 is undefined");
  }

  @Test
  void a_previous_tax_of_zero_makes_tax_growth_undefined_and_says_so() {
    Enterprise e = citySrdiWith(figures(2022, "20000000", "0"), figures(2023, "30000000", "1200000"));

    assertTrue(awards(e).isEmpty());
    assertAnyContains(reasons(evaluate(e, AS_OF), GROWTH), "tax growth in 2023 is undefined");
  }

  @Test
  void three_permille_is_rounded_to_the_fen_once_so_a_fourth_decimal_falls_away() {
    // 3‰ × 7,000,001.50 = 21,000.0045
    Enterprise e = citySrdiWith(figures(2022, "20000000", "1000000"), figures(2023, "27000001.50", "1100000"));

    assertEquals(Money.yuan("21000.00"), onlyAward(e));
  }

  @Test
  void three_permille_is_rounded_half_up_at_the_fen() {
    // 3‰ × 7,000,015.00 = 21,000.045: half up gives .05 where half even would give .04
    Enterprise e = citySrdiWith(figures(2022, "20000000", "1000000"), figures(2023, "27000015.00", "1100000"));

    assertEquals(Money.yuan("21000.05"), onlyAward(e));
  }

  @Test
  void the_award_recurs_every_year_the_enterprise_grows_enough() {
    Enterprise e = citySrdiWith(figures(2022, "20000000", "1000000"), figures(2023, "27000000", "1100000"),
        figures(2024, "40000000", "1300000"));

    List<Entitlement> paid = TestKit.entitlements(evaluate(e, "2024-12-31"), GROWTH);

    assertEquals(List.of(2023, 2024), paid.stream().map(Entitlement::year).toList());
    assertEquals(Optional.of(Money.yuan("39000.00")), paid.get(1).amount());
  }

  @Test
  void a_year_before_the_enterprise_was_an_srdi_sme_earns_nothing() {
    Enterprise e = anyEnterprise("E1").addRecognitions(citySrdi("2023-03-01"))
        .addFinancials(figures(2021, "10000000", "1000000"), figures(2022, "20000000", "1100000"))
        .build();

    assertTrue(awards(e).isEmpty());
    assertAnyContains(reasons(evaluate(e, AS_OF), GROWTH), "held no valid SRDI recognition of any level in 2022");
  }

  @Test
  void a_national_little_giant_is_an_srdi_sme_of_national_level_and_earns_it() {
    Enterprise e = anyEnterprise("E1").addRecognitions(littleGiant("2021-07-01"))
        .addFinancials(figures(2022, "20000000", "1000000"), figures(2023, "27000000", "1100000"))
        .build();

    assertEquals(Money.yuan("21000.00"), onlyAward(e));
  }

  @Test
  void a_single_champion_that_is_no_srdi_sme_does_not_earn_it() {
    Enterprise e = anyEnterprise("E1")
        .addRecognitions(Recognition.of(Title.SINGLE_CHAMPION, Level.NATIONAL, LocalDate.of(2021, 7, 1)))
        .addFinancials(figures(2022, "20000000", "1000000"), figures(2023, "27000000", "1100000"))
        .build();

    assertTrue(awards(e).isEmpty());
    assertAnyContains(reasons(evaluate(e, AS_OF), GROWTH), "held no valid SRDI recognition of any level in 2023");
  }

  @Test
  void a_recognition_that_lapsed_during_the_year_counts_by_default_but_not_when_read_at_the_year_end() {
    Enterprise e = anyEnterprise("E1").addRecognitions(citySrdi("2020-06-01"))
        .addFinancials(figures(2022, "20000000", "1000000"), figures(2023, "27000000", "1100000"))
        .build();
    Overrides atYearEnd = Overrides.none().withInterpretation("guilin.growth-award.srdi-holder", "valid-at-year-end");

    assertEquals(Money.yuan("21000.00"), onlyAward(e));
    EnterpriseResult variant = evaluate(e, AS_OF, atYearEnd);
    assertTrue(TestKit.entitlements(variant, GROWTH).isEmpty());
    assertAnyContains(reasons(variant, GROWTH), "on 2023-12-31", "valid-at-year-end");
  }

  @Test
  void a_year_not_yet_over_on_the_as_of_date_is_not_paid_yet() {
    Enterprise e = citySrdiWith(figures(2022, "20000000", "1000000"), figures(2023, "27000000", "1100000"));

    EnterpriseResult result = evaluate(e, "2023-06-30");

    assertTrue(TestKit.entitlements(result, GROWTH).isEmpty());
    assertAnyContains(reasons(result, GROWTH), "after the as-of date");
  }

  @Test
  void a_what_if_on_the_rate_changes_the_award() {
    Enterprise e = citySrdiWith(figures(2022, "20000000", "1000000"), figures(2023, "27000000", "1100000"));
    Overrides fourPermille = Overrides.none().withParameter("guilin.growth-award.rate", "4");

    List<Entitlement> paid = TestKit.entitlements(evaluate(e, AS_OF, fourPermille), GROWTH);

    assertEquals(1, paid.size());
    assertEquals(Optional.of(Money.yuan("28000.00")), paid.get(0).amount());
  }
}
