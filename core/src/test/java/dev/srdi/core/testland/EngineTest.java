package dev.srdi.core.testland;

import static dev.srdi.testkit.TestKit.entitlements;
import static dev.srdi.testkit.TestKit.evaluate;
import static dev.srdi.testkit.TestKit.rejections;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.AchievementType;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.testkit.TestKit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The engine's semantics, shown on Testland's borrowed clauses. */
final class EngineTest {
  private static final Testland TESTLAND = new Testland();
  private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
  private static final Overrides FIRST_FINAL = Overrides.none().withInterpretation("testland.highest-only", "first-final");

  private static Enterprise.Builder firm() {
    return Enterprise.builder().id(EnterpriseId.of("E1"));
  }

  private static Recognition recognition(Title title, Level level, String date) {
    return Recognition.of(title, level, LocalDate.parse(date));
  }

  @Test
  void a_first_new_city_srdi_recognition_earns_the_exact_award() {
    var result = evaluate(TESTLAND, firm().addRecognitions(recognition(Title.SRDI_SME, Level.CITY, "2023-06-30")).build(),
        END_2025);
    List<Entitlement> paid = entitlements(result, "testland.first-city-award");
    assertEquals(1, paid.size());
    assertEquals(Optional.of(Money.yuan("100000")), paid.get(0).amount());
    assertEquals(AmountKind.EXACT, paid.get(0).amountKind());
    assertEquals(2023, paid.get(0).year());
  }

  @Test
  void a_second_city_recognition_is_not_the_first_and_earns_nothing() {
    var result = evaluate(TESTLAND, firm()
        .addRecognitions(recognition(Title.SRDI_SME, Level.CITY, "2023-06-30"),
            recognition(Title.SRDI_SME, Level.CITY, "2025-01-10"))
        .build(), END_2025);
    assertEquals(1, entitlements(result, "testland.first-city-award").size());
    assertTrue(rejections(result, "testland.first-city-award").get(0).reason().contains("first occurrence only"));
  }

  @Test
  void a_firm_that_held_a_provincial_srdi_before_gets_no_first_city_award() {
    var result = evaluate(TESTLAND, firm()
        .addRecognitions(recognition(Title.SRDI_SME, Level.PROVINCIAL, "2022-03-01"),
            recognition(Title.SRDI_SME, Level.CITY, "2023-06-30"))
        .build(), END_2025);
    assertEquals(List.of(), entitlements(result, "testland.first-city-award"));
    assertTrue(rejections(result, "testland.first-city-award").get(0).reason().contains("already held"));
  }

  @Test
  void a_stacking_rule_under_an_interpretation_applies_only_when_that_reading_is_chosen() {
    Enterprise giantFirst = firm()
        .addRecognitions(recognition(Title.LITTLE_GIANT, Level.NATIONAL, "2022-03-01"),
            recognition(Title.SRDI_SME, Level.CITY, "2023-06-30"))
        .build();
    var byDefault = evaluate(TESTLAND, giantFirst, END_2025);
    assertEquals(List.of(), entitlements(byDefault, "testland.first-city-award"));
    assertTrue(rejections(byDefault, "testland.first-city-award").get(0).reason()
        .contains("interpretation testland.first-city-award.earlier-giant=excludes"));
    var switched = evaluate(TESTLAND, giantFirst, END_2025,
        Overrides.none().withInterpretation("testland.first-city-award.earlier-giant", "ignored"));
    assertEquals(1, entitlements(switched, "testland.first-city-award").size());
  }

  @Test
  void under_top_up_a_later_higher_title_pays_the_difference() {
    var result = evaluate(TESTLAND, firm()
        .addRecognitions(recognition(Title.SRDI_SME, Level.PROVINCIAL, "2022-05-01"),
            recognition(Title.LITTLE_GIANT, Level.NATIONAL, "2023-07-01"))
        .build(), END_2025);
    assertEquals(Optional.of(Money.yuan("300000")), entitlements(result, "testland.tier-award.provincial-srdi").get(0).amount());
    Entitlement topUp = entitlements(result, "testland.tier-award.national-little-giant").get(0);
    assertEquals(Optional.of(Money.yuan("200000")), topUp.amount());
    assertEquals(AmountKind.UP_TO, topUp.amountKind());
    assertEquals(Money.yuan("500000"), result.total());
  }

  @Test
  void under_first_final_the_first_award_is_the_only_one() {
    var result = evaluate(TESTLAND, firm()
        .addRecognitions(recognition(Title.SRDI_SME, Level.PROVINCIAL, "2022-05-01"),
            recognition(Title.LITTLE_GIANT, Level.NATIONAL, "2023-07-01"))
        .build(), END_2025, FIRST_FINAL);
    assertEquals(Money.yuan("300000"), result.total());
    assertTrue(rejections(result, "testland.tier-award.national-little-giant").get(0).reason().contains("first-final"));
  }

  @Test
  void two_titles_on_one_day_pay_the_higher_even_under_first_final() {
    var result = evaluate(TESTLAND, firm()
        .addRecognitions(recognition(Title.SRDI_SME, Level.PROVINCIAL, "2023-07-01"),
            recognition(Title.LITTLE_GIANT, Level.NATIONAL, "2023-07-01"))
        .build(), END_2025, FIRST_FINAL);
    assertEquals(Money.yuan("500000"), result.total());
    assertEquals(1, entitlements(result, "testland.tier-award.national-little-giant").size());
  }

  @Test
  void a_higher_title_for_another_project_is_paid_in_full() {
    var result = evaluate(TESTLAND, firm()
        .addRecognitions(recognition(Title.SRDI_SME, Level.PROVINCIAL, "2022-05-01").forProject("X1"),
            recognition(Title.LITTLE_GIANT, Level.NATIONAL, "2023-07-01").forProject("X2"))
        .build(), END_2025);
    assertEquals(Money.yuan("800000"), result.total());
  }

  @Test
  void the_coverage_starts_on_the_first_day_of_2022_and_not_the_day_before() {
    var before = evaluate(TESTLAND, firm().addRecognitions(recognition(Title.SRDI_SME, Level.PROVINCIAL, "2021-12-31")).build(),
        END_2025);
    var onTheDay = evaluate(TESTLAND, firm().addRecognitions(recognition(Title.SRDI_SME, Level.PROVINCIAL, "2022-01-01")).build(),
        END_2025);
    assertEquals(Money.zero(), before.total());
    assertTrue(rejections(before, "testland.tier-award.provincial-srdi").get(0).reason().contains("outside the covered period"));
    assertEquals(Money.yuan("300000"), onTheDay.total());
  }

  @Test
  void a_recognition_after_the_document_expires_earns_nothing() {
    var result = evaluate(TESTLAND, firm().addRecognitions(recognition(Title.SRDI_SME, Level.PROVINCIAL, "2026-02-17")).build(),
        LocalDate.of(2026, 12, 31));
    assertEquals(Money.zero(), result.total());
  }

  @Test
  void a_what_if_can_move_the_coverage_start() {
    var result = evaluate(TESTLAND, firm().addRecognitions(recognition(Title.SRDI_SME, Level.PROVINCIAL, "2021-12-31")).build(),
        END_2025, Overrides.none().withParameter("testland.tier-award.from", "2021-01-01"));
    assertEquals(Money.yuan("300000"), result.total());
  }

  @Test
  void the_growth_award_is_rounded_once_to_the_fen_and_notes_the_unknown_window() {
    var result = evaluate(TESTLAND, growingFirm("27000003.33"), END_2025);
    Entitlement growth = entitlements(result, "testland.growth-award").get(0);
    // 3‰ × 7,000,003.33 = 21,000.00999 → 21,000.01
    assertEquals(Optional.of(Money.yuan("21000.01")), growth.amount());
    assertEquals(2024, growth.year());
    assertTrue(growth.notes().get(0).contains("in-force window unknown"));
  }

  @Test
  void growth_exactly_at_35_percent_qualifies() {
    var result = evaluate(TESTLAND, growingFirm("27000000"), END_2025);
    assertEquals(Optional.of(Money.yuan("21000")), entitlements(result, "testland.growth-award").get(0).amount());
  }

  @Test
  void growth_without_last_years_figures_is_not_enough_facts() {
    Enterprise firm = firm()
        .addRecognitions(recognition(Title.SRDI_SME, Level.CITY, "2023-06-30"))
        .addFinancials(Financials.of(2024, Money.yuan("25000000"), Money.yuan("27000000"), Money.yuan("1100000")))
        .build();
    var rejection = rejections(evaluate(TESTLAND, firm, END_2025), "testland.growth-award").get(0);
    assertTrue(rejection.isMissingFacts(), rejection.reason());
  }

  @Test
  void a_what_if_at_5_permille_pays_more() {
    var baseline = TestKit.settings(TESTLAND, Overrides.none());
    var variant = TestKit.settings(TESTLAND, Overrides.none().withParameter("testland.growth-award.rate", "5‰"));
    var whatIf = TestKit.engine().whatIf(TESTLAND, Portfolio.of(List.of(growingFirm("27000000"))), END_2025, baseline, variant);
    assertEquals(Money.yuan("14000"), whatIf.totalDifference());
    assertEquals("5‰", whatIf.changedParameters().values().iterator().next());
  }

  @Test
  void the_cloud_subsidy_needs_500_000_and_stops_at_its_cap() {
    assertEquals(Money.yuan("25000"), evaluate(TESTLAND, cloud("500000"), END_2025).total());
    assertEquals(Money.zero(), evaluate(TESTLAND, cloud("499999.99"), END_2025).total());
    assertEquals(Money.yuan("50000"), evaluate(TESTLAND, cloud("1000000"), END_2025).total());
    assertEquals(Money.yuan("50000"), evaluate(TESTLAND, cloud("3000000"), END_2025).total());
  }

  @Test
  void a_per_product_award_multiplies_by_the_products() {
    Enterprise firm = firm().addAchievements(Achievement.builder().type(AchievementType.of("MEDICAL_PRODUCT_AWARD"))
        .date(LocalDate.of(2023, 3, 1)).count(3).build()).build();
    assertEquals(Money.yuan("150000"), evaluate(TESTLAND, firm, END_2025).total());
  }

  @Test
  void an_unspecified_award_has_no_amount_and_adds_nothing_to_the_total() {
    Enterprise firm = firm().addAchievements(Achievement.builder().type(AchievementType.of("DIGITAL_CHAIN_LEADER"))
        .date(LocalDate.of(2023, 3, 1)).partners(10).build()).build();
    var result = evaluate(TESTLAND, firm, END_2025);
    Entitlement award = entitlements(result, "testland.digital-chain-award").get(0);
    assertEquals(Optional.empty(), award.amount());
    assertEquals(AmountKind.UNSPECIFIED, award.amountKind());
    assertEquals(Money.zero(), result.total());
  }

  @Test
  void an_award_without_an_amount_adds_no_row_to_the_summary() {
    Enterprise firm = firm().addAchievements(Achievement.builder().type(AchievementType.of("DIGITAL_CHAIN_LEADER"))
        .date(LocalDate.of(2023, 3, 1)).partners(10).build()).build();
    var summary = TestKit.engine().evaluate(TESTLAND, Portfolio.of(List.of(firm)), END_2025,
        TestKit.settings(TESTLAND, Overrides.none())).summary();
    assertEquals(Money.zero(), summary.total());
    assertTrue(summary.byYear().isEmpty(), summary.toString());
    assertTrue(summary.byFundingSource().isEmpty(), summary.toString());
  }

  @Test
  void a_benefit_is_granted_while_the_recognition_holds() {
    Enterprise firm = firm().addRecognitions(recognition(Title.SRDI_SME, Level.CITY, "2023-06-30")).build();
    assertEquals(1, evaluate(TESTLAND, firm, END_2025).benefits().size());
    assertEquals(0, evaluate(TESTLAND, firm, LocalDate.of(2026, 6, 30)).benefits().size());
  }

  @Test
  void events_after_the_as_of_date_are_not_counted() {
    Enterprise firm = firm().addRecognitions(recognition(Title.SRDI_SME, Level.CITY, "2024-06-30")).build();
    EnterpriseResult result = evaluate(TESTLAND, firm, LocalDate.of(2024, 6, 29));
    assertEquals(Money.zero(), result.total());
    assertTrue(rejections(result, "testland.first-city-award").get(0).reason().contains("after the as-of date"));
  }

  @Test
  void the_year_filter_keeps_only_that_years_entitlements() {
    var result = evaluate(TESTLAND, growingFirm("27000000"), END_2025);
    assertEquals(Money.yuan("21000"), result.onlyYear(2024).total());
    assertEquals(Money.yuan("100000"), result.onlyYear(2023).total());
  }

  private static Enterprise growingFirm(String output2024) {
    return firm()
        .addRecognitions(recognition(Title.SRDI_SME, Level.CITY, "2023-06-30"))
        .addFinancials(Financials.of(2023, Money.yuan("18000000"), Money.yuan("20000000"), Money.yuan("1000000")))
        .addFinancials(Financials.of(2024, Money.yuan("25000000"), Money.yuan(output2024), Money.yuan("1100000")))
        .build();
  }

  private static Enterprise cloud(String investment) {
    return firm().addAchievements(Achievement.builder().type(AchievementType.of("CLOUD_ADOPTION"))
        .date(LocalDate.of(2023, 3, 1)).investment(Money.yuan(investment)).build()).build();
  }
}
