package dev.srdi.jurisdictions.xiangxiang.digital;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangTables.TABLES;

import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Basis;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Formula;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.money.Money;
import dev.srdi.core.measure.Words;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 三、8: "对中小企业在生产线上、关键工序推广应用机器人、数控加工中心等关键技术装备实现增效显著的智能化改造项目，给予企业投资额10%以内
 * （最高不超过10万元）的补助". Any SME (no SRDI recognition needed); each achievement is one project and the cap is
 * per project; only a project with a significant gain (增效显著) qualifies, and the text sets no floor.
 */
final class SmartUpgradeSubsidy implements Measure {
  static final String ID = "xiangxiang.digital.smart-upgrade";

  private final MeasureDescriptor descriptor = TABLES.measure(MeasureId.of(ID)).descriptor()
      .amountKind(AmountKind.UP_TO)
      .formula(Formula.rateOfBase(XiangxiangParameters.SMART_RATE, Optional.empty(),
          Optional.of(XiangxiangParameters.SMART_CAP)))
      .coverage(XiangxiangParameters.PLAN_YEARS)
      .build();

  @Override public MeasureDescriptor descriptor() {
    return descriptor;
  }

  @Override public List<Assessment> assess(Enterprise enterprise, EvaluationContext context) {
    List<Achievement> projects = enterprise.achievementsOf(XiangxiangAchievementTypes.SMART_UPGRADE);
    if (projects.isEmpty()) {
      return List.of();
    }
    var out = new ArrayList<Assessment>(projects.size());
    for (int i = 0; i < projects.size(); i++) {
      Achievement a = projects.get(i);
      LocalDate date = a.date();
      if (a.significantGain().isEmpty() || a.investment().isEmpty()) {
        out.add(NotEligible.missing(id(), a.year(),
            (a.significantGain().isEmpty() ? "significantGain" : "investment") + " of the upgrade project of " + date));
      } else if (!a.significantGain().get()) {
        out.add(NotEligible.because(id(), a.year(), Words.lazily(() -> "the upgrade project of " + date
            + " did not achieve a significant gain (增效显著)"), Condition.lazily(() ->
                List.of(Condition.requirement("gain of the upgrade project of " + date, "a significant gain (增效显著)",
                    Optional.of("not significant"), false)))));
      } else {
        Money investment = a.investment().get();
        out.add(Claim.of(id(), date, Basis.base(investment), Words.lazily(() -> "upgrade project of " + date
            + ", investment " + investment.toFenString())));
      }
    }
    return out;
  }
}
