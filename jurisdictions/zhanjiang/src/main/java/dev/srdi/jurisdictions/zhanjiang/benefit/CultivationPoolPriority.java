package dev.srdi.jurisdictions.zhanjiang.benefit;


import java.time.LocalDate;
import dev.srdi.core.measure.Words;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangTables.TABLES;
import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.AchievementType;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Basis;
import dev.srdi.core.measure.ByDay;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.stacking.StackingRule;
import dev.srdi.jurisdictions.zhanjiang.Standing;
import dev.srdi.jurisdictions.zhanjiang.ZhanjiangDocuments;
import java.util.List;
import java.util.Optional;

/**
 * 二、（一）: the city's quality-enterprise cultivation pool is built on high-tech enterprises, which are
 * recommended first, other things equal, when firms apply for the national and provincial SRDI titles.
 * A firm that is already a national little giant has no higher SRDI title to be recommended for.
 * The validity of a high-tech certificate is set by the national rules, not by this plan, so the
 * scenario is trusted to list current certificates only.
 */
public final class CultivationPoolPriority {
  public static final MeasureId ID = MeasureId.of("zhanjiang.cultivation-pool.priority-recommendation");
  public static final AchievementType HIGH_TECH = AchievementType.of("HIGH_TECH_ENTERPRISE");

  static final MeasureDescriptor DESCRIPTOR = TABLES.measure(ID).descriptor()
      .description("A high-tech enterprise belongs to the city's cultivation pool and is recommended first, other "
          + "things equal, for the national and provincial SRDI titles.")
      .amountKind(AmountKind.NONE)
      .addStacking(StackingRule.oncePerEnterprise())
      .build();

  private static final List<String> NOTES = List.of("the certificate's validity is not checked by this plan");

  /** Most firms hold no certificate, and their rejection depends on the as-of day alone: each day's made once. */
  private static final ByDay<List<Assessment>> UNCERTIFIED = ByDay.of(CultivationPoolPriority::uncertified);

  private CultivationPoolPriority() {}

  public static Measure measure() {
    return Measure.of(DESCRIPTOR, CultivationPoolPriority::assess);
  }

  private static List<Assessment> assess(Enterprise e, EvaluationContext ctx) {
    LocalDate asOf = ctx.asOf();
    Achievement certificate = null;
    List<Achievement> certificates = e.achievementsOf(HIGH_TECH);
    for (int i = 0; i < certificates.size(); i++) {
      if (!certificates.get(i).date().isAfter(asOf)) {
        certificate = certificates.get(i);
      }
    }
    if (certificate == null) {
      return UNCERTIFIED.get(asOf);
    }
    var giant = Standing.NATIONAL_LITTLE_GIANT.heldOn(e, asOf);
    if (giant.isPresent()) {
      return List.of(NotEligible.because(ID, asOf.getYear(), "already " + giant.get().describe()
          + ": no higher SRDI title to recommend it for").withConditions(Condition.requirement(
              "SRDI title on " + asOf, "below national little giant (a higher title to recommend it for)",
              Optional.of(giant.get().describe()), false)));
    }
    LocalDate certified = certificate.date();
    return List.of(new Claim(ID, asOf, asOf.getYear(), Basis.none(), Optional.empty(), Optional.empty(),
        Words.lazily(() -> "high-tech enterprise certified on " + certified
            + ": in the cultivation pool, recommended first for the national and provincial SRDI titles"), NOTES));
  }

  private static List<Assessment> uncertified(LocalDate asOf) {
    return List.of(NotEligible.because(ID, asOf.getYear(),
        Words.lazily(() -> "no high-tech enterprise certification (HIGH_TECH_ENTERPRISE) by " + asOf))
        .withConditions(Condition.lazily(() -> List.of(Condition.requirement("high-tech enterprise by " + asOf,
            "a high-tech enterprise certification (高新技术企业)", Optional.empty(), false)))));
  }
}
