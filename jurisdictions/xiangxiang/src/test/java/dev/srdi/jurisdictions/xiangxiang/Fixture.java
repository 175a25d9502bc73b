package dev.srdi.jurisdictions.xiangxiang;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.AchievementType;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.testkit.TestKit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Small builders for Xiangxiang's example tests. */
final class Fixture {
  static final Xiangxiang XIANGXIANG = new Xiangxiang();
  static final LocalDate END_OF_PLAN = LocalDate.of(2025, 12, 31);

  private Fixture() {}

  static Enterprise.Builder enterprise(String id) {
    return Enterprise.builder().id(EnterpriseId.of(id));
  }

  static Recognition recognition(Title title, Level level, String date) {
    return Recognition.of(title, level, LocalDate.parse(date));
  }

  static Recognition renewal(Title title, Level level, String date) {
    return Recognition.renewal(title, level, LocalDate.parse(date));
  }

  static Achievement.Builder achievement(AchievementType type, String date) {
    return Achievement.builder().type(type).date(LocalDate.parse(date));
  }

  static Financials revenue(int year, String yuan) {
    return new Financials(year, Optional.of(Money.yuan(yuan)), Optional.empty(), Optional.empty(), Optional.empty());
  }

  static EnterpriseResult evaluate(Enterprise e) {
    return TestKit.evaluate(XIANGXIANG, e, END_OF_PLAN);
  }

  static EnterpriseResult evaluate(Enterprise e, Overrides overrides) {
    return TestKit.evaluate(XIANGXIANG, e, END_OF_PLAN, overrides);
  }

  static List<Entitlement> paid(EnterpriseResult result, String measure) {
    return TestKit.entitlements(result, measure);
  }

  static List<Money> amounts(EnterpriseResult result, String measure) {
    return paid(result, measure).stream().map(e -> e.amount().orElseThrow()).toList();
  }

  static List<String> reasons(EnterpriseResult result, String measure) {
    return TestKit.rejections(result, measure).stream().map(NotEligible::reason).toList();
  }
}
