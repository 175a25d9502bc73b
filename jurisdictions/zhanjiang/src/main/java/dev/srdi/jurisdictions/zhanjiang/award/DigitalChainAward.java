package dev.srdi.jurisdictions.zhanjiang.award;


import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangTables.TABLES;
import dev.srdi.core.bounds.Bound;
import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.AchievementType;
import dev.srdi.core.facts.Enterprise;
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
import dev.srdi.core.measure.Threshold;
import dev.srdi.core.measure.Words;
import dev.srdi.jurisdictions.zhanjiang.Standing;
import dev.srdi.jurisdictions.zhanjiang.ZhanjiangDocuments;
import dev.srdi.jurisdictions.zhanjiang.ZhanjiangParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 三、（五） 数字化提升支持: a provincial-or-above SRDI firm whose digital transformation brings along ten or
 * more up- and downstream firms earns an award whose standard 湛江市制造业数字化转型行动计划 sets. The text
 * sets no frequency, so each qualifying transformation is a claim of its own; the other plan decides.
 */
public final class DigitalChainAward {
  public static final MeasureId ID = MeasureId.of("zhanjiang.digital-chain-award");
  public static final AchievementType CHAIN_LEADER = AchievementType.of("DIGITAL_CHAIN_LEADER");

  private static final Threshold<Integer> PARTNERS = Threshold.atLeast(ZhanjiangParameters.DIGITAL_AWARD_MIN_PARTNERS);

  static final MeasureDescriptor DESCRIPTOR = TABLES.measure(ID).descriptor()
      .description("For a provincial-or-above SRDI SME whose digital transformation brings at least "
          + ZhanjiangParameters.DIGITAL_AWARD_MIN_PARTNERS.formatDefault()
          + " up- or downstream firms along; the amount follows 湛江市制造业数字化转型行动计划.")
      .amountKind(AmountKind.UNSPECIFIED)
      .formula(Formula.unspecified("湛江市制造业数字化转型行动计划等文件 (相关奖励标准参照…执行)"))
      .addThresholds(ZhanjiangParameters.DIGITAL_AWARD_MIN_PARTNERS)
      .build();

  private DigitalChainAward() {}

  public static Measure measure() {
    return Measure.of(DESCRIPTOR, DigitalChainAward::assess);
  }

  private static List<Assessment> assess(Enterprise e, EvaluationContext ctx) {
    List<Achievement> transformations = e.achievementsOf(CHAIN_LEADER);
    if (transformations.isEmpty()) {
      return List.of();
    }
    var out = new ArrayList<Assessment>(transformations.size());
    for (int i = 0; i < transformations.size(); i++) {
      Achievement a = transformations.get(i);
      LocalDate date = a.date();
      if (a.partners().isEmpty()) {
        out.add(NotEligible.missing(ID, a.year(), "partners of the digital transformation of " + date));
        continue;
      }
      int partners = a.partners().get();
      // The threshold in force on the date of the transformation that earns the award.
      var onTheDay = ctx.on(date);
      Bound<Integer> required = PARTNERS.bound(onTheDay);
      if (!required.admits(partners)) {
        // The condition names its lever from the settings, so it is made now; the words are written when read.
        out.add(new NotEligible(ID, Words.lazily(() -> "the digital transformation of " + date + " brought " + partners
            + " up- or downstream firms along, not " + required.describe()), List.of(), Optional.of(a.year()),
            List.of(Condition.count("up- and downstream firms brought along (" + date + ")", PARTNERS, onTheDay,
                partners))));
        continue;
      }
      Optional<Recognition> held = Standing.SRDI_FIRM.heldOn(e, date);
      if (held.isEmpty()) {
        out.add(new NotEligible(ID, Words.lazily(() -> "not a provincial-or-above SRDI SME on " + date
            + " (省级以上专精特新中小企业)"), List.of(), Optional.of(a.year()), Condition.lazily(() -> List.of(
                Condition.requirement("SRDI SME on " + date, "a provincial-or-above SRDI recognition (省级以上专精特新中小企业)",
                    Optional.empty(), false)))));
        continue;
      }
      Recognition recognition = held.get();
      out.add(Claim.of(ID, date, Basis.none(), Words.lazily(() -> "digital transformation of " + date + " brought "
          + partners + " up- or downstream firms along, as " + recognition.describe())));
    }
    return out;
  }
}
