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
import dev.srdi.core.measure.Words;
import dev.srdi.core.measure.Threshold;
import dev.srdi.core.money.Money;
import dev.srdi.jurisdictions.xiangxiang.HunanLadder;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 三、8: "对投入50万元以上、开展深度“上云上平台”的“专精特新”中小企业给予投资额5%以内（最高不超过5万元）的补助". Only an SRDI
 * firm (of any level, holding a valid recognition on the project's date) qualifies; 50万元以上 includes
 * 500,000 itself; "5%以内" is the most that may be paid, so the amount is UP_TO. Each project is claimed
 * on its own: the clause limits the amount, not the number of projects.
 */
final class CloudAdoptionSubsidy implements Measure {
  static final String ID = "xiangxiang.digital.cloud-adoption";

  private final MeasureDescriptor descriptor = TABLES.measure(MeasureId.of(ID)).descriptor()
      .amountKind(AmountKind.UP_TO)
      .formula(Formula.rateOfBase(XiangxiangParameters.CLOUD_RATE,
          Optional.of(Threshold.atLeast(XiangxiangParameters.CLOUD_INVESTMENT_FROM)),
          Optional.of(XiangxiangParameters.CLOUD_CAP)))
      .coverage(XiangxiangParameters.PLAN_YEARS)
      .build();

  @Override public MeasureDescriptor descriptor() {
    return descriptor;
  }

  @Override public List<Assessment> assess(Enterprise enterprise, EvaluationContext context) {
    List<Achievement> projects = enterprise.achievementsOf(XiangxiangAchievementTypes.CLOUD);
    if (projects.isEmpty()) {
      return List.of();
    }
    var out = new ArrayList<Assessment>(projects.size());
    for (int i = 0; i < projects.size(); i++) {
      Achievement a = projects.get(i);
      LocalDate date = a.date();
      if (!HunanLadder.holdsAnySrdiOn(enterprise, date, context.settings())) {
        out.add(NotEligible.because(id(), a.year(),
            Words.lazily(() -> "holds no valid SRDI (“专精特新”) recognition on " + date),
            Condition.lazily(() -> List.of(Condition.requirement("SRDI SME on " + date,
                "a valid SRDI (“专精特新”) recognition", Optional.empty(), false)))));
      } else if (a.investment().isEmpty()) {
        out.add(NotEligible.missing(id(), a.year(), "investment of the cloud project of " + date));
      } else {
        Money investment = a.investment().get();
        out.add(Claim.of(id(), date, Basis.base(investment), Words.lazily(() -> "cloud project of " + date
            + ", investment " + investment.toFenString())));
      }
    }
    return out;
  }
}
