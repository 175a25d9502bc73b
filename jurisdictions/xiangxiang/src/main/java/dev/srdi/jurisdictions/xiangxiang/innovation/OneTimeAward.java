package dev.srdi.jurisdictions.xiangxiang.innovation;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangTables.TABLES;

import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.AchievementType;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Level;
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
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.stacking.StackingRule;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "给予一次性奖励" for an achievement of one type (at one level, where the clause names one): a fixed
 * amount, once per enterprise. 三、4–7 are all of this form except the per-product award.
 */
final class OneTimeAward implements Measure {
  private final AchievementType type;
  private final Optional<Level> level;
  private final MeasureDescriptor descriptor;

  /** Names, clause and units: xiangxiang/measures.yaml, by the award's id. */
  OneTimeAward(String id, AchievementType type, Optional<Level> level, Parameter<Money> amount) {
    this.type = type;
    this.level = level;
    this.descriptor = TABLES.measure(MeasureId.of(id)).descriptor()
        .description("one-time award (一次性奖励) for " + type + level.map(l -> " at " + l.nameEn() + " level").orElse("")
            + ", once per enterprise")
        .amountKind(AmountKind.EXACT)
        .formula(Formula.fixed(amount))
        .addStacking(StackingRule.oncePerEnterprise())
        .coverage(XiangxiangParameters.PLAN_YEARS)
        .build();
  }

  @Override public MeasureDescriptor descriptor() {
    return descriptor;
  }

  @Override public List<Assessment> assess(Enterprise enterprise, EvaluationContext context) {
    var out = new ArrayList<Assessment>();
    for (Achievement a : enterprise.achievementsOf(type)) {
      if (level.isEmpty()) {
        out.add(Claim.of(id(), a.date(), Basis.none(), type + " obtained on " + a.date() + " (" + descriptor.nameZh() + ")"));
      } else if (a.level().isEmpty()) {
        out.add(NotEligible.missing(id(), a.year(), "level of " + type + " of " + a.date()));
      } else if (a.level().get() != level.get()) {
        out.add(NotEligible.because(id(), a.year(), type + " of " + a.date() + " is " + a.level().get().nameEn()
            + " level; this award is for " + level.get().nameEn() + " level (" + level.get().nameZh() + ") only")
            .withConditions(Condition.requirement("level of " + type + " of " + a.date(), level.get().nameEn() + " ("
                + level.get().nameZh() + ")", Optional.of(a.level().get().nameEn()), false)));
      } else {
        out.add(Claim.of(id(), a.date(), Basis.none(), type + " at " + level.get().nameEn() + " level ("
            + level.get().nameZh() + ") obtained on " + a.date() + " (" + descriptor.nameZh() + ")"));
      }
    }
    return out;
  }
}
