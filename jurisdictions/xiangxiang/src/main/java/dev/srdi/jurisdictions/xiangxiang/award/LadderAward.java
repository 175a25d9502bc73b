package dev.srdi.jurisdictions.xiangxiang.award;

import dev.srdi.core.measure.Words;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangTables.TABLES;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
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
import dev.srdi.core.stacking.StackingRule;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangInterpretations;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 三、2 and 三、3: "对新认定为…给予一次性奖励". Only a new recognition (新认定) earns it, a renewal (复核) does not;
 * each rung pays once per enterprise, from the fund of the recognition's year (当年).
 */
public final class LadderAward implements Measure {
  private final Rung rung;
  private final MeasureDescriptor descriptor;
  private final List<String> aliasNote;

  LadderAward(Rung rung) {
    this.rung = rung;
    this.descriptor = TABLES.measure(MeasureId.of(rung.measureId())).descriptor()
        .description("one-time award for a new (新认定) recognition at this rung; renewals earn nothing; each rung is "
            + "paid on its own, so an enterprise climbing the ladder earns every rung's award")
        .amountKind(AmountKind.EXACT)
        .formula(Formula.fixed(rung.amount()))
        .addStacking(StackingRule.oncePerEnterprise())
        .coverage(XiangxiangParameters.PLAN_YEARS)
        .build();
    this.aliasNote = List.of(aliasNote(rung.level()));
  }

  public static List<Measure> all() {
    return Arrays.stream(Rung.values()).<Measure>map(LadderAward::new).toList();
  }

  @Override public MeasureDescriptor descriptor() {
    return descriptor;
  }

  @Override public List<Assessment> assess(Enterprise enterprise, EvaluationContext context) {
    // Every rung of every enterprise: indexed, and nothing made for a firm without this rung's recognition.
    List<Recognition> recognitions = enterprise.recognitionsInOrder();
    List<Assessment> out = null;
    for (int i = 0; i < recognitions.size(); i++) {
      Recognition r = recognitions.get(i);
      if (!rung.matches(r, context.settings())) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(2);
      }
      if (r.isNew()) {
        out.add(new Claim(id(), r.date(), r.date().getYear(), Basis.none(), Optional.empty(), Optional.empty(),
            Words.lazily(() -> "new recognition (新认定): " + r.describe()),
            r.title() != rung.title() ? aliasNote(r) : List.of()));
      } else {
        out.add(NotEligible.because(id(), r.date().getYear(),
            Words.lazily(() -> "a renewal (复核) is not a new recognition (新认定): "
                + r.describe()), Condition.lazily(() -> List.of(
                Condition.requirement("recognition of " + r.date(), "a new recognition (新认定)",
                    Optional.of("a renewal (复核)"), false)))));
      }
    }
    return out == null ? List.of() : out;
  }

  /** The note of a claim made under Hunan's name for the rung's title: written once for the rung's own level. */
  private List<String> aliasNote(Recognition r) {
    return r.level() == rung.level() ? aliasNote : List.of(aliasNote(r.level()));
  }

  private static String aliasNote(Level level) {
    return "Hunan's name for the " + level.nameEn() + " SRDI SME (“专精特新”中小企业), read as that rung "
        + "under the reading “alias” of " + XiangxiangInterpretations.HUNAN_LITTLE_GIANT_NAMES.id().value()
        + " (see HunanLadder)";
  }
}
