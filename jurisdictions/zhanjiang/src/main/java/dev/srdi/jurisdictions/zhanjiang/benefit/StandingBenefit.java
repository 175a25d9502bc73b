package dev.srdi.jurisdictions.zhanjiang.benefit;

import java.time.LocalDate;
import dev.srdi.core.measure.Words;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Recognition;
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
  private final HeldStanding standing;
  /** The constant parts of a rejection's words, written once. */
  private final String notHeld;
  private final String required;
  /** What the firm gets, read from the settings while assessing and written when read. */
  private final Function<Settings, Words> grants;
  /** What the firm gets when no parameter shapes it: the same words for every firm, written once; else null. */
  private final Words granted;
  /**
   * Most firms hold no such standing, and their rejection depends on the as-of day alone: each day's is made once
   * and shared (immutable, its words written when first read).
   */
  private final ByDay<List<Assessment>> rejections = ByDay.of(this::rejection);

  private StandingBenefit(MeasureDescriptor descriptor, HeldStanding standing, Function<Settings, Words> grants,
      Words granted) {
    this.descriptor = descriptor;
    this.standing = standing;
    this.grants = grants;
    this.granted = granted;
    this.notHeld = "not a " + standing.standing().describe() + " on ";
    this.required = "a " + standing.standing().describe();
  }

  /**
   * A benefit for firms of the standing; {@code grants} says what the firm gets, from the settings where
   * a parameter shapes it.
   */
  public static StandingBenefit of(String id, String nameZh, String nameEn, Citation citation,
      Responsibility responsibility, Standing standing, Function<Settings, String> grants, Parameter<?>... reads) {
    return new StandingBenefit(descriptor(id, nameZh, nameEn, citation, responsibility, standing, reads),
        new HeldStanding(standing), settings -> Words.of(grants.apply(settings)), null);
  }

  private static MeasureDescriptor descriptor(String id, String nameZh, String nameEn, Citation citation,
      Responsibility responsibility, Standing standing, Parameter<?>... reads) {
    return MeasureDescriptor.builder()
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
  }

  /**
   * The benefit as the table writes it, for firms of the standing its holders name; {@code held} answers for
   * every benefit of that standing.
   */
  static StandingBenefit of(BenefitSheet sheet, HeldStanding held) {
    return new StandingBenefit(descriptor(sheet.id().value(), sheet.nameZh(), sheet.nameEn(), sheet.citation(),
        sheet.responsibility(), held.standing(), sheet.reads().toArray(Parameter<?>[]::new)), held, sheet::grantsWords,
        // Words without a parameter read none: the same for every firm and day.
        sheet.reads().isEmpty() ? Words.of(sheet.grants().renderDefaults()) : null);
  }

  @Override public MeasureDescriptor descriptor() {
    return descriptor;
  }

  @Override public List<Assessment> assess(Enterprise enterprise, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    Optional<Recognition> held = standing.on(enterprise, context);
    if (held.isEmpty()) {
      return rejections.get(asOf);
    }
    // Enjoyed on the as-of date, the date of the grant: its words take the values in force then (read now).
    Words granted = this.granted != null ? this.granted : grants.apply(context.on(asOf));
    Recognition recognition = held.get();
    return List.of(Claim.of(id(), asOf, Basis.none(),
        Words.lazily(() -> granted.text() + " — as " + recognition.describe() + ", valid on " + asOf)));
  }

  private List<Assessment> rejection(LocalDate asOf) {
    return List.of(NotEligible.because(id(), asOf.getYear(), Words.lazily(() -> notHeld + asOf))
        .withConditions(Condition.lazily(() -> List.of(Condition.requirement("standing on " + asOf, required,
            Optional.empty(), false)))));
  }

  @Override public String toString() {
    return "StandingBenefit[" + descriptor.id() + "]";
  }
}
