package dev.srdi.jurisdictions.zhanjiang.award;


import dev.srdi.core.measure.Words;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangTables.TABLES;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Park;
import dev.srdi.core.facts.ParkId;
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
import dev.srdi.jurisdictions.zhanjiang.Standing;
import dev.srdi.jurisdictions.zhanjiang.ZhanjiangDocuments;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 三、（二） first sentence: the county may give the operator of a provincial-or-above industrial park a
 * one-time award per project for bringing in a national or provincial SRDI firm from outside the city.
 * The subject of the claim is the firm that moved (its move dates the event and identifies the
 * project); the payee is its park's operator. The firm must be an SRDI firm when it moves in ("引入…
 * '专精特新'中小企业"): a later recognition does not make an earlier move an introduction of one.
 */
public final class ParkIntroductionAward {
  public static final MeasureId ID = MeasureId.of("zhanjiang.park-introduction-award");

  static final MeasureDescriptor DESCRIPTOR = TABLES.measure(ID).descriptor()
      .description("One-time award per project, amount set by the county, to the operator of a provincial-or-above "
          + "industrial park that brings in a national or provincial SRDI SME from outside Zhanjiang.")
      .amountKind(AmountKind.UNSPECIFIED)
      .formula(Formula.unspecified("the county (县（市、区）), which the clause encourages to award"))
      .addStacking(StackingRule.oncePerEnterprise())
      .build();

  /** Most enterprises were not brought in: the same immutable rejection, written once, serves them all. */
  private static final List<Assessment> NOT_BROUGHT_IN = List.of(
      NotEligible.because(ID, "not brought in from outside Zhanjiang (no relocatedFromOutside date)")
          .withConditions(Condition.requirement("brought in from outside Zhanjiang",
              "a move from outside 湛江市行政区域 (relocatedFromOutside)", Optional.empty(), false)));

  private ParkIntroductionAward() {}

  public static Measure measure() {
    return Measure.of(DESCRIPTOR, ParkIntroductionAward::assess);
  }

  private static List<Assessment> assess(Enterprise e, EvaluationContext ctx) {
    if (e.relocatedFromOutside().isEmpty()) {
      return NOT_BROUGHT_IN;
    }
    LocalDate moved = e.relocatedFromOutside().get();
    int year = moved.getYear();
    if (e.park().isEmpty()) {
      return List.of(NotEligible.missing(ID, year, "park of the enterprise"));
    }
    ParkId parkId = e.park().get();
    Optional<Park> park = ctx.portfolio().park(parkId);
    if (park.isEmpty() || park.get().level().isEmpty()) {
      return List.of(NotEligible.missing(ID, year, "level of park " + parkId));
    }
    Level parkLevel = park.get().level().get();
    if (!parkLevel.isAtLeast(Level.PROVINCIAL)) {
      return List.of(NotEligible.because(ID, year, "park " + parkId + " is a " + parkLevel.nameEn()
          + " park, not a provincial-or-above industrial park (省级以上产业园区)")
          .withConditions(Condition.requirement("level of park " + parkId, "provincial or above (省级以上产业园区)",
              Optional.of(parkLevel.nameEn()), false)));
    }
    Optional<Recognition> held = Standing.SRDI_FIRM.heldOn(e, moved);
    if (held.isEmpty()) {
      return List.of(NotEligible.because(ID, year, "held no valid national or provincial SRDI recognition when it moved in on "
          + moved).withConditions(Condition.requirement("SRDI SME on " + moved,
              "a valid national or provincial SRDI recognition", Optional.empty(), false)));
    }
    Recognition recognition = held.get();
    return List.of(Claim.of(ID, moved, Basis.none(), Words.lazily(() -> "brought in from outside Zhanjiang on "
            + moved + " as " + recognition.describe() + ", into " + parkLevel.nameZh() + " park " + parkId))
        .paidTo("operator of park " + parkId));
  }
}
