package dev.srdi.jurisdictions.xiangxiang.digital;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangTables.TABLES;

import dev.srdi.core.facts.Achievement;
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
import dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 三、9: "分别按照…/家的标准给予一次性奖励" for each programme the clause names at one level. "分别" makes each
 * programme its own award, so the programme is the claim's scope: once per enterprise and programme.
 */
final class DemonstrationAward implements Measure {
  private final Level level;
  private final MeasureDescriptor descriptor;

  /** Names, clause and units: xiangxiang/measures.yaml, by the award's id. */
  DemonstrationAward(String id, Level level, Parameter<Money> amount) {
    this.level = level;
    this.descriptor = TABLES.measure(MeasureId.of(id)).descriptor()
        .description("one-time award per " + level.nameEn() + " programme, once per enterprise and programme; programmes: "
            + DemonstrationProgram.at(level).stream().map(p -> p.name() + " (" + p.nameZh() + ")")
                .collect(Collectors.joining(", ")))
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
    List<Achievement> demonstrations = enterprise.achievementsOf(XiangxiangAchievementTypes.DEMONSTRATION);
    if (demonstrations.isEmpty()) {
      return List.of();
    }
    var out = new ArrayList<Assessment>(demonstrations.size());
    for (int i = 0; i < demonstrations.size(); i++) {
      Achievement a = demonstrations.get(i);
      LocalDate date = a.date();
      if (a.level().isEmpty() || a.program().isEmpty()) {
        out.add(NotEligible.missing(id(), a.year(),
            (a.level().isEmpty() ? "level" : "program") + " of the demonstration of " + date));
        continue;
      }
      if (a.level().get() != level) {
        continue;
      }
      String programId = a.program().get();
      DemonstrationProgram program = DemonstrationProgram.byId(programId).filter(p -> p.level() == level).orElse(null);
      if (program == null) {
        out.add(NotEligible.because(id(), a.year(),
            Words.lazily(() -> "programme " + programId + " of " + date
                + " is not one of the " + level.nameEn() + " programmes 三、9 names"),
            Condition.lazily(() -> List.of(Condition.requirement("programme of " + date, "one of the " + level.nameEn()
                + " programmes 三、9 names", Optional.of(programId), false)))));
        continue;
      }
      out.add(new Claim(id(), date, date.getYear(), Basis.none(), Optional.of(program.name()), Optional.empty(),
          Words.lazily(() -> level.nameEn() + " programme " + program.name() + " (" + program.nameZh() + ") of " + date),
          List.of()));
    }
    return out;
  }
}
