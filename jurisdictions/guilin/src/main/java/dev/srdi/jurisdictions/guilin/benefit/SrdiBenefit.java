package dev.srdi.jurisdictions.guilin.benefit;

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
import dev.srdi.jurisdictions.guilin.GuilinLadder;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A non-monetary benefit of a clause that addresses "专精特新”中小企业" of any level: an enterprise
 * enjoys it while it holds a valid SRDI recognition, so it is granted on the as-of date, once. What
 * the enterprise gets is said in words (read from parameters where the clause has a number); a
 * condition the facts cannot show (export orientation, a listing plan) is a note on the grant, never
 * a guess either way.
 */
final class SrdiBenefit implements Measure {
  private final MeasureDescriptor descriptor;
  private final Function<Settings, String> grants;
  private final Optional<String> condition;

  private SrdiBenefit(MeasureDescriptor descriptor, Function<Settings, String> grants, Optional<String> condition) {
    this.descriptor = descriptor;
    this.grants = grants;
    this.condition = condition;
  }

  static Builder builder(String id, String nameZh, String nameEn) {
    return new Builder(id, nameZh, nameEn);
  }

  @Override public MeasureDescriptor descriptor() {
    return descriptor;
  }

  @Override public List<Assessment> assess(Enterprise e, EvaluationContext ctx) {
    Optional<Recognition> held = GuilinLadder.srdiHeldOn(e, ctx.asOf());
    if (held.isEmpty()) {
      return List.of(NotEligible.because(descriptor.id(), ctx.asOf().getYear(),
          "holds no valid SRDI recognition of any level (各级“专精特新”中小企业) on " + ctx.asOf())
          .withConditions(Condition.requirement("SRDI SME on " + ctx.asOf(),
              "a valid SRDI recognition of any level (各级“专精特新”中小企业)", Optional.empty(), false)));
    }
    Claim claim = Claim.of(descriptor.id(), ctx.asOf(), Basis.none(),
        "holds " + held.get().describe() + " on " + ctx.asOf() + ": " + grants.apply(ctx.settings()));
    return List.of(condition.map(claim::withNote).orElse(claim));
  }

  @Override public String toString() {
    return "Measure[" + descriptor.id() + "]";
  }

  static final class Builder {
    private final MeasureDescriptor.Builder descriptor;
    private Function<Settings, String> grants = s -> "";
    private Optional<String> condition = Optional.empty();

    private Builder(String id, String nameZh, String nameEn) {
      this.descriptor = MeasureDescriptor.builder()
          .id(MeasureId.of(id)).nameZh(nameZh).nameEn(nameEn)
          .amountKind(AmountKind.NONE)
          .addStacking(StackingRule.oncePerEnterprise());
    }

    /** What the benefit is; also the explanation of every grant. */
    Builder grants(String what) {
      descriptor.description(what);
      this.grants = s -> what;
      return this;
    }

    /** What the benefit is, with numbers read from the settings; described with their defaults. */
    Builder grants(Function<Settings, String> what, Parameter<?>... reads) {
      descriptor.description(what.apply(Settings.defaults(List.of(reads), List.of()))).addThresholds(reads);
      this.grants = what;
      return this;
    }

    /** A condition of the clause that the facts cannot show: noted on every grant. */
    Builder onlyIf(String conditionTheFactsCannotShow) {
      this.condition = Optional.of(conditionTheFactsCannotShow);
      return this;
    }

    Builder citation(Citation citation) {
      descriptor.citation(citation);
      return this;
    }

    Builder responsible(String... departments) {
      descriptor.responsibility(Responsibility.responsible(departments));
      return this;
    }

    Builder responsibility(Responsibility responsibility) {
      descriptor.responsibility(responsibility);
      return this;
    }

    Measure build() {
      return new SrdiBenefit(descriptor.build(), grants, condition);
    }
  }
}
