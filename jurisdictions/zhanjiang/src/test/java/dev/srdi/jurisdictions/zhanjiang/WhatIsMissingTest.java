package dev.srdi.jurisdictions.zhanjiang;

import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.END_2025;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.ZHANJIANG;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.day;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.firm;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.provincialSrdi;
import static dev.srdi.testkit.TestKit.evaluate;
import static dev.srdi.testkit.TestKit.rejections;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.AchievementType;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.NotEligible;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What is missing, as data, for Zhanjiang's digital chain award and its tier awards. */
final class WhatIsMissingTest {

  @Test
  void nine_firms_brought_along_are_one_short_of_ten_以上() {
    // 三、（五） "带动10家以上上下游企业": nine is one short; ten is met (the award's own test).
    var chain = Achievement.builder().type(AchievementType.of("DIGITAL_CHAIN_LEADER")).date(day("2024-05-20"))
        .partners(Optional.of(9)).build();
    var result = evaluate(ZHANJIANG, firm().addRecognitions(provincialSrdi("2023-03-01")).addAchievements(chain).build(),
        END_2025);

    NotEligible n = rejections(result, "zhanjiang.digital-chain-award").get(0);
    Condition partners = n.conditions().get(0);

    assertEquals(Optional.of("9"), partners.has());
    assertEquals("≥ 10 (以上)", partners.requires());
    assertEquals(Optional.of("1"), partners.shortfall());
    assertEquals(Condition.COUNT, partners.unit());
  }

  @Test
  void a_lower_title_after_a_higher_one_under_highest_only_says_what_the_group_already_paid() {
    // 三、（一） "按最高奖励级别…不重复奖励": a provincial SRDI award after a national little giant pays nothing more.
    var result = evaluate(ZHANJIANG, firm().addRecognitions(ZhanjiangFixtures.littleGiant("2023-03-01"),
        provincialSrdi("2024-03-01")).build(), END_2025);

    NotEligible n = rejections(result, "zhanjiang.tier-award.provincial-srdi").get(0);
    Condition c = n.conditions().get(0);

    assertEquals("this award against what 'zhanjiang.tier-award' already paid", c.fact());
    assertEquals(Optional.of("300000.00"), c.has());
    assertEquals("> 500000.00 (超过)", c.requires());
    assertEquals(false, c.met());
  }
}
