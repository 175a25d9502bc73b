package dev.srdi.jurisdictions.xiangxiang;

import static dev.srdi.jurisdictions.xiangxiang.Fixture.achievement;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.enterprise;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.evaluate;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.recognition;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.revenue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.money.Money;
import dev.srdi.testkit.TestKit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What is missing, as data, for Xiangxiang's cloud subsidy and small-to-above pool. */
final class WhatIsMissingTest {

  @Test
  void an_investment_one_fen_under_500000_is_one_fen_short_and_500000_itself_qualifies() {
    // 专精特新培育计划 三、（三）8 "对投入50万元以上": 以上 includes 500,000.
    var e = enterprise("E1").addRecognitions(recognition(Title.SRDI_SME, Level.CITY, "2022-06-01"))
        .addAchievements(achievement(XiangxiangAchievementTypes.CLOUD, "2023-06-01")
            .investment(Money.yuan("499999.99")).build())
        .build();

    NotEligible n = TestKit.rejections(evaluate(e), "xiangxiang.digital.cloud-adoption").get(0);

    assertEquals(1, n.conditions().size());
    Condition base = n.conditions().get(0);
    assertEquals("≥ 500000.00 (以上)", base.requires());
    assertEquals(Optional.of("0.01"), base.shortfall());
    assertEquals(Condition.YUAN, base.unit());
    assertEquals("xiangxiang.digital.cloud-adoption.investment-from", base.lever().orElseThrow().parameter().value());
    assertEquals("499999.99", base.lever().orElseThrow().meetsAt());
  }

  @Test
  void revenue_under_the_pool_band_lists_both_ends_with_only_the_lower_one_unmet() {
    // 规模以上企业行动方案 三、（二） "以营业收入1000—2000万元的小微企业": 9,999,999.99 is one fen under 1000万 (included).
    var e = enterprise("E2").aboveDesignatedSize(false).addFinancials(revenue(2024, "9999999.99")).build();

    NotEligible n = TestKit.rejections(evaluate(e), "xiangxiang.above-size.small-to-above-pool").get(0);

    assertEquals(List.of(false, true), n.conditions().stream().map(Condition::met).toList());
    assertEquals(Optional.of("0.01"), n.conditions().get(0).shortfall());
    assertEquals("≤ 20000000.00 (以下)", n.conditions().get(1).requires());
  }
}
