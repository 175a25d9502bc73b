package dev.srdi.jurisdictions.zhanjiang.award;


import dev.srdi.core.measure.Words;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangTables.TABLES;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Basis;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.Coverage;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Formula;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.stacking.StackingRule;
import dev.srdi.jurisdictions.zhanjiang.ZhanjiangDocuments;
import dev.srdi.jurisdictions.zhanjiang.ZhanjiangInterpretations;
import dev.srdi.jurisdictions.zhanjiang.ZhanjiangParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 三、（一） 企业认定支持: an award of up to the title's cap for each recognition, new or renewed ("含复核"),
 * dated from 2022-01-01 (the coverage, {@code zhanjiang.tier-award.from}) until the plan expires. The
 * three awards form one highest-only group per enterprise or named project, so a renewal of a title
 * already awarded, or a lower title after a higher one, pays nothing more; the engine applies that rule.
 *
 * <p>Decided here: "2022年以来" reaches back before the plan, but the plan pays only once it exists. An
 * evaluation dated before the plan was issued (2023-02-17, "自发布之日起实行") therefore pays nothing yet,
 * even for a 2022 recognition; the same recognition is awarded in an evaluation dated on or after that
 * day. Which levels count is the interpretation {@code zhanjiang.tier-award.level} (exact by default).
 */
public final class TierAward implements Measure {
  public static final String GROUP = "zhanjiang.tier-award";

  private final MeasureDescriptor descriptor;
  private final Title title;
  private final Level level;
  /** The constant parts of the words, written once. */
  private final String named;
  private final String notNamed;
  private final String requiredLevel;

  /** Names, clause, fund and units of each award: zhanjiang/measures.yaml, by the award's id. */
  private TierAward(String name, Title title, Level level, Parameter<Money> cap) {
    this.title = title;
    this.level = level;
    this.descriptor = TABLES.measure(MeasureId.of("zhanjiang.tier-award." + name)).descriptor()
        .description("Up to " + cap.formatDefault() + " yuan for a " + level.nameEn() + " " + title.nameEn()
            + " recognition (new or renewed, 含复核) dated from " + ZhanjiangParameters.TIER_AWARD_FROM.formatDefault()
            + " until the plan expires; highest only per enterprise or named project.")
        .amountKind(AmountKind.UP_TO)
        .formula(Formula.fixed(cap))
        .coverage(Coverage.from(ZhanjiangParameters.TIER_AWARD_FROM))
        .addStacking(StackingRule.highestOnly(GROUP, ZhanjiangInterpretations.HIGHEST_ONLY))
        .build();
    this.named = level.nameZh() + title.nameZh();
    this.notNamed = " is not a " + named + " recognition as 三、（一） names it (interpretation "
        + ZhanjiangInterpretations.TIER_AWARD_LEVEL.id() + ")";
    this.requiredLevel = level.nameEn() + " (" + level.nameZh() + ")";
  }

  public static List<Measure> all() {
    return List.of(
        new TierAward("national-little-giant", Title.LITTLE_GIANT, Level.NATIONAL, ZhanjiangParameters.TIER_AWARD_LITTLE_GIANT),
        new TierAward("provincial-srdi", Title.SRDI_SME, Level.PROVINCIAL, ZhanjiangParameters.TIER_AWARD_PROVINCIAL_SRDI),
        new TierAward("provincial-innovative", Title.INNOVATIVE_SME, Level.PROVINCIAL, ZhanjiangParameters.TIER_AWARD_PROVINCIAL_INNOVATIVE));
  }

  @Override public MeasureDescriptor descriptor() {
    return descriptor;
  }

  @Override public List<Assessment> assess(Enterprise enterprise, EvaluationContext context) {
    boolean orAbove = context.settings().chose(ZhanjiangInterpretations.TIER_AWARD_LEVEL,
        ZhanjiangInterpretations.LEVEL_OR_ABOVE);
    // Three awards ask this of every recognition of every enterprise: indexed, nothing made for a firm without one.
    List<Recognition> recognitions = enterprise.recognitionsInOrder();
    List<Assessment> out = null;
    for (int i = 0; i < recognitions.size(); i++) {
      Recognition r = recognitions.get(i);
      // A key little giant is a little giant (a subset of them), so it earns that title's award.
      if (!r.title().isA(title)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(2);
      }
      boolean levelFits = orAbove ? r.level().isAtLeast(level) : r.level() == level;
      if (!levelFits) {
        out.add(new NotEligible(id(), Words.lazily(() -> r.describe() + notNamed), List.of(),
            Optional.of(r.date().getYear()), Condition.lazily(() -> List.of(Condition.requirement(
                "level of the recognition of " + r.date(), (orAbove ? "at least " : "") + requiredLevel,
                Optional.of(r.level().nameEn()), false)))));
        continue;
      }
      // The plan reaches back to recognitions of 2022, but it pays nothing before it exists (see the class comment).
      if (context.asOf().isBefore(ZhanjiangDocuments.ISSUED)) {
        out.add(NotEligible.because(id(), r.date().getYear(), "as of " + context.asOf() + " the plan (issued "
            + ZhanjiangDocuments.ISSUED + ", 自发布之日起实行) was not yet in force, so nothing is paid yet for "
            + r.describe() + "; recognitions dated from " + context.on(r.date()).value(ZhanjiangParameters.TIER_AWARD_FROM)
            + " are awarded in an evaluation dated on or after its issue"));
        continue;
      }
      var from = context.on(r.date()).value(ZhanjiangParameters.TIER_AWARD_FROM);
      out.add(new Claim(id(), r.date(), r.date().getYear(), Basis.none(), r.project(), Optional.empty(),
          Words.lazily(() -> r.describe() + ": " + named + r.kind().nameZh() + " on or after " + from
              + " (2022年以来, 含复核)"), List.of()));
    }
    return out == null ? List.of() : out;
  }

  @Override public String toString() {
    return "TierAward[" + descriptor.id() + "]";
  }
}
