package dev.srdi.jurisdictions.zhanjiang.benefit;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Basis;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.responsibility.Responsibility;
import dev.srdi.core.stacking.StackingRule;
import dev.srdi.tables.BenefitSheet;
import dev.srdi.jurisdictions.zhanjiang.Standing;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A non-monetary benefit that an enterprise enjoys while it holds a standing on the ladder: it is
 * granted as of the evaluation day, to a firm whose recognition is valid that day, and only while the
 * plan is in force (the engine checks the document's window).
 */
public final class StandingBenefit implements Measure {
  private final MeasureDescriptor descriptor;
  private final Standing standing;
  private final Function<Settings, String> grants;

  private StandingBenefit(MeasureDescriptor descriptor, Standing standing, Function<Settings, String> grants) {
    this.descriptor = descriptor;
    this.standing = standing;
    this.grants = grants;
  }

  /**
   * A benefit for firms of the standing; {@code grants} says what the firm gets, from the settings where
   * a parameter shapes it.
   */
  public static StandingBenefit of(String id, String nameZh, String nameEn, Citation citation,
      Responsibility responsibility, Standing standing, Function<Settings, String> grants, Parameter<?>... reads) {
    var descriptor = MeasureDescriptor.builder()
        .id(MeasureId.of(id))
        .nameZh(nameZh)
        .nameEn(nameEn)
        .description("For a " + standing.describe() + ": " + nameEn + ".")
        .citation(citation)
        .responsibility(responsibility)
        .amountKind(AmountKind.NONE)
        .addStacking(StackingRule.oncePerEnterprise())
        .addThresholds(reads)
        .build();
    return new StandingBenefit(descriptor, standing, grants);
  }

  /** The benefit as the table writes it, for firms of the standing its holders name. */
  static StandingBenefit of(BenefitSheet sheet, Standing standing) {
    return of(sheet.id().value(), sheet.nameZh(), sheet.nameEn(), sheet.citation(), sheet.responsibility(), standing,
        sheet::grants, sheet.reads().toArray(Parameter<?>[]::new));
  }

  @Override public MeasureDescriptor descriptor() {
    return descriptor;
  }

  @Override public List<Assessment> assess(Enterprise enterprise, EvaluationContext context) {
    Optional<Recognition> held = standing.heldOn(enterprise, context.asOf());
    if (held.isEmpty()) {
      return List.of(NotEligible.because(id(), context.asOf().getYear(),
          "not a " + standing.describe() + " on " + context.asOf())
          .withConditions(Condition.requirement("standing on " + context.asOf(), "a " + standing.describe(),
              Optional.empty(), false)));
    }
    // Enjoyed on the as-of date, the date of the grant: its words take the values in force then.
    return List.of(Claim.of(id(), context.asOf(), Basis.none(),
        grants.apply(context.on(context.asOf())) + " — as " + held.get().describe() + ", valid on " + context.asOf()));
  }

  @Override public String toString() {
    return "StandingBenefit[" + descriptor.id() + "]";
  }
}
