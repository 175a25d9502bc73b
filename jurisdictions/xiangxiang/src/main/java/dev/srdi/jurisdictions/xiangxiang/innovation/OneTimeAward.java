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
import dev.srdi.core.measure.Words;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.stacking.StackingRule;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters;
import java.time.LocalDate;
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
  /** The constant parts of the words, written once. */
  private final String obtained;
  private final String obtainedAtLevel;
  private final String ofAward;
  private final String levelWords;
  private final String requiredLevel;

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
    this.obtained = type + " obtained on ";
    this.obtainedAtLevel = level.map(l -> type + " at " + l.nameEn() + " level (" + l.nameZh() + ") obtained on ")
        .orElse("");
    this.ofAward = " (" + descriptor.nameZh() + ")";
    this.levelWords = level.map(l -> l.nameEn() + " level (" + l.nameZh() + ")").orElse("");
    this.requiredLevel = level.map(l -> l.nameEn() + " (" + l.nameZh() + ")").orElse("");
  }

  @Override public MeasureDescriptor descriptor() {
    return descriptor;
  }

  @Override public List<Assessment> assess(Enterprise enterprise, EvaluationContext context) {
    // Eleven awards ask this of every enterprise, and most have none of the type: nothing made for them.
    List<Achievement> achievements = enterprise.achievementsOf(type);
    if (achievements.isEmpty()) {
      return List.of();
    }
    var out = new ArrayList<Assessment>(achievements.size());
    for (int i = 0; i < achievements.size(); i++) {
      Achievement a = achievements.get(i);
      LocalDate date = a.date();
      if (level.isEmpty()) {
        out.add(Claim.of(id(), date, Basis.none(), Words.lazily(() -> obtained + date + ofAward)));
      } else if (a.level().isEmpty()) {
        out.add(NotEligible.missing(id(), a.year(), "level of " + type + " of " + date));
      } else if (a.level().get() != level.get()) {
        Level has = a.level().get();
        out.add(NotEligible.because(id(), a.year(),
            Words.lazily(() -> type + " of " + date + " is " + has.nameEn()
                + " level; this award is for " + levelWords + " only"),
            Condition.lazily(() -> List.of(Condition.requirement("level of " + type + " of " + date, requiredLevel,
                Optional.of(has.nameEn()), false)))));
      } else {
        out.add(Claim.of(id(), date, Basis.none(), Words.lazily(() -> obtainedAtLevel + date + ofAward)));
      }
    }
    return out;
  }
}
