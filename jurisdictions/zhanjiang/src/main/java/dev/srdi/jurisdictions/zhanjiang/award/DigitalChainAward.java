package dev.srdi.jurisdictions.zhanjiang.award;


import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangTables.TABLES;
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
import dev.srdi.jurisdictions.zhanjiang.Standing;
import dev.srdi.jurisdictions.zhanjiang.ZhanjiangDocuments;
import dev.srdi.jurisdictions.zhanjiang.ZhanjiangParameters;
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
    var out = new ArrayList<Assessment>();
    for (Achievement a : e.achievementsOf(CHAIN_LEADER)) {
      if (a.partners().isEmpty()) {
        out.add(NotEligible.missing(ID, a.year(), "partners of the digital transformation of " + a.date()));
        continue;
      }
      int partners = a.partners().get();
      // The threshold in force on the date of the transformation that earns the award.
      var onTheDay = ctx.on(a.date());
      if (!PARTNERS.admits(onTheDay, partners)) {
        out.add(NotEligible.because(ID, a.year(), "the digital transformation of " + a.date() + " brought " + partners
            + " up- or downstream firms along, not " + PARTNERS.bound(onTheDay).describe())
            .withConditions(Condition.count("up- and downstream firms brought along (" + a.date() + ")",
                PARTNERS, onTheDay, partners)));
        continue;
      }
      Optional<Recognition> held = Standing.SRDI_FIRM.heldOn(e, a.date());
      if (held.isEmpty()) {
        out.add(NotEligible.because(ID, a.year(), "not a provincial-or-above SRDI SME on " + a.date()
            + " (省级以上专精特新中小企业)").withConditions(Condition.requirement("SRDI SME on " + a.date(),
                "a provincial-or-above SRDI recognition (省级以上专精特新中小企业)", Optional.empty(), false)));
        continue;
      }
      out.add(Claim.of(ID, a.date(), Basis.none(), "digital transformation of " + a.date() + " brought " + partners
          + " up- or downstream firms along, as " + held.get().describe()));
    }
    return out;
  }
}
