package dev.srdi.jurisdictions.zhanjiang;

import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.END_2025;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.ZHANJIANG;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.day;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.firm;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.littleGiant;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.provincialSrdi;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.recognition;
import static dev.srdi.testkit.TestKit.entitlements;
import static dev.srdi.testkit.TestKit.evaluate;
import static dev.srdi.testkit.TestKit.rejections;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.AchievementType;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.NotEligible;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 三、（五） 数字化提升支持: the award for a digital transformation that brings ten firms along. */
final class DigitalChainAwardTest {
  private static final String AWARD = "zhanjiang.digital-chain-award";

  private static Achievement chain(String date, Optional<Integer> partners) {
    return Achievement.builder().type(AchievementType.of("DIGITAL_CHAIN_LEADER")).date(day(date)).partners(partners).build();
  }

  private static EnterpriseResult run(Recognition recognition, Achievement achievement) {
    return evaluate(ZHANJIANG, firm().addRecognitions(recognition).addAchievements(achievement).build(), END_2025);
  }

  private static NotEligible onlyRejection(EnterpriseResult result) {
    assertEquals(1, rejections(result, AWARD).size(), result.notEligible().toString());
    return rejections(result, AWARD).get(0);
  }

  @Test
  void a_provincial_srdi_firm_bringing_ten_firms_along_earns_an_award_set_by_the_digital_plan() {
    var result = run(provincialSrdi("2023-03-01"), chain("2024-05-20", Optional.of(10)));
    Entitlement award = entitlements(result, AWARD).get(0);
    assertEquals(AmountKind.UNSPECIFIED, award.amountKind());
    assertEquals(Optional.empty(), award.amount());
    assertEquals(2024, award.year());
    assertEquals("三、（五）", award.citation().clause());
  }

  @Test
  void a_little_giant_is_a_provincial_or_above_srdi_firm_too() {
    assertEquals(1, entitlements(run(littleGiant("2023-03-01"), chain("2024-05-20", Optional.of(15))), AWARD).size());
  }

  @Test
  void nine_firms_brought_along_are_not_ten_or_more() {
    var result = run(provincialSrdi("2023-03-01"), chain("2024-05-20", Optional.of(9)));
    assertEquals(List.of(), entitlements(result, AWARD));
    assertTrue(onlyRejection(result).reason().contains("brought 9"));
  }

  @Test
  void without_the_number_of_firms_brought_along_the_award_is_undecided() {
    var result = run(provincialSrdi("2023-03-01"), chain("2024-05-20", Optional.empty()));
    assertTrue(onlyRejection(result).isMissingFacts());
  }

  @Test
  void a_firm_that_is_not_a_provincial_srdi_firm_on_the_day_earns_nothing() {
    var cityLevel = run(recognition(Title.SRDI_SME, Level.CITY, "2023-03-01"), chain("2024-05-20", Optional.of(12)));
    assertTrue(onlyRejection(cityLevel).reason().contains("not a provincial-or-above SRDI SME"));
    var expired = run(provincialSrdi("2021-03-01"), chain("2024-05-20", Optional.of(12)));
    assertTrue(onlyRejection(expired).reason().contains("not a provincial-or-above SRDI SME"));
  }

  @Test
  void a_transformation_after_the_plan_expires_is_not_covered() {
    var result = evaluate(ZHANJIANG, firm().addRecognitions(provincialSrdi("2025-03-01"))
        .addAchievements(chain("2026-03-01", Optional.of(12))).build(), day("2026-12-31"));
    assertTrue(onlyRejection(result).reason().contains("outside the covered period"));
  }
}
