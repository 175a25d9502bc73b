package dev.srdi.jurisdictions.zhanjiang;

import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.END_2025;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.FIRST_FINAL;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.ZHANJIANG;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.day;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.firm;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.innovative;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.littleGiant;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.provincialSrdi;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.recognition;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.renewal;
import static dev.srdi.testkit.TestKit.entitlements;
import static dev.srdi.testkit.TestKit.evaluate;
import static dev.srdi.testkit.TestKit.rejections;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 三、（一） 企业认定支持: the tier awards, their period, and highest only. */
final class TierAwardTest {
  private static final String GIANT = "zhanjiang.tier-award.national-little-giant";
  private static final String SRDI = "zhanjiang.tier-award.provincial-srdi";
  private static final String INNOVATIVE = "zhanjiang.tier-award.provincial-innovative";

  private static Money tierTotal(EnterpriseResult result) {
    return result.entitlements().stream()
        .filter(e -> e.measure().value().startsWith("zhanjiang.tier-award."))
        .map(Entitlement::countedAmount)
        .reduce(Money.zero(), Money::plus);
  }

  private static String onlyReason(EnterpriseResult result, String measure) {
    List<NotEligible> rejected = rejections(result, measure);
    assertEquals(1, rejected.size(), rejected.toString());
    return rejected.get(0).reason();
  }

  @Test
  void a_national_little_giant_is_awarded_up_to_500000_from_the_city_fund() {
    var result = evaluate(ZHANJIANG, firm().addRecognitions(littleGiant("2023-07-01")).build(), END_2025);
    Entitlement award = entitlements(result, GIANT).get(0);
    assertEquals(Optional.of(Money.yuan("500000")), award.amount());
    assertEquals(AmountKind.UP_TO, award.amountKind());
    assertEquals(2023, award.year());
    assertTrue(award.fundingSource().orElseThrow().contains("市级中小企业发展专项资金"));
    assertEquals("三、（一）", award.citation().clause());
    assertEquals(List.of("市工业和信息化局", "市财政局"),
        award.responsibility().responsible().stream().map(d -> d.value()).toList());
  }

  @Test
  void a_provincial_srdi_sme_is_awarded_up_to_300000() {
    var result = evaluate(ZHANJIANG, firm().addRecognitions(provincialSrdi("2024-03-15")).build(), END_2025);
    assertEquals(Optional.of(Money.yuan("300000")), entitlements(result, SRDI).get(0).amount());
    assertEquals(AmountKind.UP_TO, entitlements(result, SRDI).get(0).amountKind());
  }

  @Test
  void a_provincial_innovative_sme_is_awarded_up_to_100000() {
    var result = evaluate(ZHANJIANG, firm().addRecognitions(innovative("2022-09-01")).build(), END_2025);
    assertEquals(Optional.of(Money.yuan("100000")), entitlements(result, INNOVATIVE).get(0).amount());
  }

  @Test
  void a_recognition_on_2021_12_31_is_not_since_2022_and_earns_nothing() {
    var result = evaluate(ZHANJIANG, firm().addRecognitions(provincialSrdi("2021-12-31")).build(), END_2025);
    assertEquals(List.of(), entitlements(result, SRDI));
    assertTrue(onlyReason(result, SRDI).contains("outside the covered period"));
  }

  @Test
  void a_recognition_on_2022_01_01_is_since_2022_and_earns_the_award_although_the_plan_came_later() {
    var result = evaluate(ZHANJIANG, firm().addRecognitions(provincialSrdi("2022-01-01")).build(), END_2025);
    assertEquals(Optional.of(Money.yuan("300000")), entitlements(result, SRDI).get(0).amount());
    assertEquals(2022, entitlements(result, SRDI).get(0).year());
  }

  @Test
  void a_recognition_on_the_plans_last_day_earns_the_award() {
    var result = evaluate(ZHANJIANG, firm().addRecognitions(littleGiant("2026-02-16")).build(), day("2026-06-30"));
    assertEquals(Optional.of(Money.yuan("500000")), entitlements(result, GIANT).get(0).amount());
  }

  @Test
  void a_recognition_after_the_plan_expires_earns_nothing() {
    var result = evaluate(ZHANJIANG, firm().addRecognitions(littleGiant("2026-02-17")).build(), day("2026-06-30"));
    assertEquals(List.of(), entitlements(result, GIANT));
    assertTrue(onlyReason(result, GIANT).contains("outside the covered period"));
  }

  @Test
  void before_the_plan_was_issued_a_2022_recognition_is_not_yet_awarded() {
    var result = evaluate(ZHANJIANG, firm().addRecognitions(provincialSrdi("2022-05-01")).build(), day("2022-12-31"));
    assertEquals(List.of(), entitlements(result, SRDI));
    assertTrue(onlyReason(result, SRDI).contains("not yet in force"));
  }

  @Test
  void a_renewal_in_2023_still_earns_the_award() {
    // First recognised in 2020, before the covered period; the renewal (复核) of 2023 is covered.
    var result = evaluate(ZHANJIANG, firm()
        .addRecognitions(provincialSrdi("2020-06-01"), renewal(Title.SRDI_SME, Level.PROVINCIAL, "2023-06-01"))
        .build(), END_2025);
    List<Entitlement> paid = entitlements(result, SRDI);
    assertEquals(1, paid.size());
    assertEquals(day("2023-06-01"), paid.get(0).date());
    assertEquals(Optional.of(Money.yuan("300000")), paid.get(0).amount());
    assertTrue(paid.get(0).explanation().contains("复核"));
  }

  @Test
  void a_renewal_of_a_title_already_awarded_pays_nothing_more() {
    var firm = firm()
        .addRecognitions(provincialSrdi("2022-03-01"), renewal(Title.SRDI_SME, Level.PROVINCIAL, "2025-03-01"))
        .build();
    var topUp = evaluate(ZHANJIANG, firm, day("2025-12-31"));
    assertEquals(1, entitlements(topUp, SRDI).size());
    assertEquals(Money.yuan("300000"), tierTotal(topUp));
    assertTrue(onlyReason(topUp, SRDI).contains("highest only: 300000.00 already awarded"));

    var firstFinal = evaluate(ZHANJIANG, firm, day("2025-12-31"), FIRST_FINAL);
    assertEquals(Money.yuan("300000"), tierTotal(firstFinal));
    assertTrue(onlyReason(firstFinal, SRDI).contains("first-final"));
  }

  @Test
  void two_titles_on_one_day_earn_only_the_higher_award() {
    var result = evaluate(ZHANJIANG, firm()
        .addRecognitions(provincialSrdi("2023-09-01"), littleGiant("2023-09-01"))
        .build(), END_2025);
    assertEquals(Optional.of(Money.yuan("500000")), entitlements(result, GIANT).get(0).amount());
    assertEquals(List.of(), entitlements(result, SRDI));
    assertTrue(onlyReason(result, SRDI).contains("highest only"));
    assertEquals(Money.yuan("500000"), tierTotal(result));
  }

  @Test
  void three_titles_over_three_years_top_up_to_the_highest_award() {
    var result = evaluate(ZHANJIANG, firm()
        .addRecognitions(innovative("2022-06-01"), provincialSrdi("2023-06-01"), littleGiant("2024-06-01"))
        .build(), END_2025);
    assertEquals(Optional.of(Money.yuan("100000")), entitlements(result, INNOVATIVE).get(0).amount());
    Entitlement srdi = entitlements(result, SRDI).get(0);
    assertEquals(Optional.of(Money.yuan("200000")), srdi.amount());
    assertTrue(srdi.explanation().contains("top-up"), srdi.explanation());
    assertEquals(Optional.of(Money.yuan("200000")), entitlements(result, GIANT).get(0).amount());
    assertEquals(Money.yuan("500000"), tierTotal(result));
  }

  @Test
  void three_titles_over_three_years_under_first_final_earn_only_the_first_award() {
    var result = evaluate(ZHANJIANG, firm()
        .addRecognitions(innovative("2022-06-01"), provincialSrdi("2023-06-01"), littleGiant("2024-06-01"))
        .build(), END_2025, FIRST_FINAL);
    assertEquals(Optional.of(Money.yuan("100000")), entitlements(result, INNOVATIVE).get(0).amount());
    assertEquals(List.of(), entitlements(result, SRDI));
    assertEquals(List.of(), entitlements(result, GIANT));
    assertTrue(onlyReason(result, SRDI).contains("first-final"));
    assertTrue(onlyReason(result, GIANT).contains("first-final"));
    assertEquals(Money.yuan("100000"), tierTotal(result));
  }

  @Test
  void a_lower_title_after_a_higher_one_earns_nothing() {
    var result = evaluate(ZHANJIANG, firm()
        .addRecognitions(littleGiant("2022-08-01"), innovative("2023-08-01"))
        .build(), END_2025);
    assertEquals(Money.yuan("500000"), tierTotal(result));
    assertTrue(onlyReason(result, INNOVATIVE).contains("highest only"));
  }

  @Test
  void different_named_projects_of_one_enterprise_are_awarded_separately() {
    var result = evaluate(ZHANJIANG, firm()
        .addRecognitions(provincialSrdi("2022-08-01").forProject("A"), littleGiant("2023-08-01").forProject("B"))
        .build(), END_2025);
    assertEquals(Optional.of("A"), entitlements(result, SRDI).get(0).scope());
    assertEquals(Optional.of(Money.yuan("300000")), entitlements(result, SRDI).get(0).amount());
    assertEquals(Optional.of(Money.yuan("500000")), entitlements(result, GIANT).get(0).amount());
  }

  @Test
  void a_national_srdi_recognition_is_not_a_provincial_one_unless_levels_are_read_as_or_above() {
    var firm = firm().addRecognitions(recognition(Title.SRDI_SME, Level.NATIONAL, "2023-04-01")).build();
    var exact = evaluate(ZHANJIANG, firm, END_2025);
    assertEquals(List.of(), entitlements(exact, SRDI));
    assertTrue(onlyReason(exact, SRDI).contains("zhanjiang.tier-award.level"));

    var orAbove = evaluate(ZHANJIANG, firm, END_2025,
        Overrides.none().withInterpretation("zhanjiang.tier-award.level", "or-above"));
    assertEquals(Optional.of(Money.yuan("300000")), entitlements(orAbove, SRDI).get(0).amount());
  }

  @Test
  void a_city_level_srdi_recognition_earns_no_tier_award_under_either_reading() {
    var firm = firm().addRecognitions(recognition(Title.SRDI_SME, Level.CITY, "2023-04-01")).build();
    assertEquals(Money.zero(), tierTotal(evaluate(ZHANJIANG, firm, END_2025)));
    assertEquals(Money.zero(), tierTotal(evaluate(ZHANJIANG, firm, END_2025,
        Overrides.none().withInterpretation("zhanjiang.tier-award.level", "or-above"))));
  }

  /** 三、（一） "国家级专精特新“小巨人”企业": a key little giant is one of them (a subset, per the contract). */
  @Test
  void a_national_key_little_giant_is_a_national_little_giant_and_earns_that_award_once() {
    var keyOnly = evaluate(ZHANJIANG, firm()
        .addRecognitions(recognition(Title.KEY_LITTLE_GIANT, Level.NATIONAL, "2023-04-01")).build(), END_2025);
    assertEquals(Optional.of(Money.yuan("500000")), entitlements(keyOnly, GIANT).get(0).amount());

    var thenKey = evaluate(ZHANJIANG, firm().addRecognitions(littleGiant("2023-04-01"),
        recognition(Title.KEY_LITTLE_GIANT, Level.NATIONAL, "2024-04-01")).build(), END_2025);
    assertEquals(Money.yuan("500000"), tierTotal(thenKey));
    assertTrue(onlyReason(thenKey, GIANT).contains("highest only"), rejections(thenKey, GIANT).toString());

    var provincialKey = evaluate(ZHANJIANG, firm()
        .addRecognitions(recognition(Title.KEY_LITTLE_GIANT, Level.PROVINCIAL, "2023-04-01")).build(), END_2025);
    assertEquals(Money.zero(), tierTotal(provincialKey));
    assertTrue(onlyReason(provincialKey, GIANT).contains("zhanjiang.tier-award.level"));
  }

  /** "同一企业相同项目…不重复奖励": a project splits the highest-only group, never lets one title pay twice. */
  @Test
  void the_same_title_renewed_without_a_project_after_one_under_a_project_pays_nothing_more() {
    var result = evaluate(ZHANJIANG, firm().addRecognitions(littleGiant("2023-04-01").forProject("A"),
        renewal(Title.LITTLE_GIANT, Level.NATIONAL, "2025-04-01")).build(), END_2025);
    assertEquals(Money.yuan("500000"), tierTotal(result));
    assertEquals(1, entitlements(result, GIANT).size());
    assertTrue(onlyReason(result, GIANT).contains("already awarded"), rejections(result, GIANT).toString());

    var otherProject = evaluate(ZHANJIANG, firm().addRecognitions(littleGiant("2023-04-01").forProject("A"),
        renewal(Title.LITTLE_GIANT, Level.NATIONAL, "2025-04-01").forProject("B")).build(), END_2025);
    assertEquals(Money.yuan("500000"), tierTotal(otherProject));
  }

  @Test
  void moving_the_start_of_the_period_in_a_what_if_moves_the_boundary() {
    var firm = firm().addRecognitions(provincialSrdi("2021-12-31")).build();
    var variant = evaluate(ZHANJIANG, firm, END_2025, Overrides.none().withParameter("zhanjiang.tier-award.from", "2021-01-01"));
    assertEquals(Optional.of(Money.yuan("300000")), entitlements(variant, SRDI).get(0).amount());
  }

  @Test
  void a_lower_cap_in_a_what_if_lowers_the_award() {
    var result = evaluate(ZHANJIANG, firm().addRecognitions(littleGiant("2023-07-01")).build(), END_2025,
        Overrides.none().withParameter("zhanjiang.tier-award.national-little-giant", "40万"));
    assertEquals(Optional.of(Money.yuan("400000")), entitlements(result, GIANT).get(0).amount());
  }
}
