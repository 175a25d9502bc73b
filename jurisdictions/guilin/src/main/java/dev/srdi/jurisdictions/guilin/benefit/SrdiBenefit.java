package dev.srdi.jurisdictions.guilin.benefit;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Basis;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.Words;
import dev.srdi.core.stacking.StackingRule;
import dev.srdi.jurisdictions.guilin.GuilinLadder;
import dev.srdi.tables.BenefitSheet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A non-monetary benefit of a clause that addresses "专精特新”中小企业" of any level: an enterprise
 * enjoys it while it holds a valid SRDI recognition, so it is granted on the as-of date, once. What
 * the enterprise gets is said in the table's words (with the parameters' values where the clause has
 * a number); a condition the facts cannot show (export orientation, a listing plan) is a note on the
 * grant, never a guess either way.
 */
final class SrdiBenefit implements Measure {
  private final MeasureDescriptor descriptor;
  private final BenefitSheet sheet;

  SrdiBenefit(BenefitSheet sheet) {
    this.sheet = sheet;
    this.descriptor = MeasureDescriptor.builder()
        .id(sheet.id()).nameZh(sheet.nameZh()).nameEn(sheet.nameEn())
        .description(sheet.grants().renderDefaults())
        .citation(sheet.citation())
        .responsibility(sheet.responsibility())
        .amountKind(AmountKind.NONE)
        .addStacking(StackingRule.oncePerEnterprise())
        .addAllThresholds(sheet.reads())
        .build();
  }

  @Override public MeasureDescriptor descriptor() {
    return descriptor;
  }

  @Override public List<Assessment> assess(Enterprise e, EvaluationContext ctx) {
    MeasureId id = descriptor.id();
    Optional<Recognition> held = GuilinLadder.srdiHeldOn(e, ctx.asOf());
    LocalDate asOf = ctx.asOf();
    if (held.isEmpty()) {
      NotHeldOn refusal = NotHeldOn.on(asOf);
      return List.of(NotEligible.because(id, asOf.getYear(), refusal.why(), refusal.conditions()));
    }
    var onTheDay = ctx.settings().on(ctx.asOf());
    Optional<String> notInForce = onTheDay.notInForce(sheet.reads());
    if (notInForce.isPresent()) {
      return List.of(NotEligible.because(id, ctx.asOf().getYear(), notInForce.get()));
    }
    Recognition recognition = held.get();
    Words grants = sheet.grantsWords(onTheDay);
    Claim claim = Claim.of(id, asOf, Basis.none(),
        Words.lazily(() -> "holds " + recognition.describe() + " on " + asOf + ": " + grants.text()));
    return List.of(sheet.onlyIf().map(claim::withNote).orElse(claim));
  }

  @Override public String toString() {
    return "Measure[" + descriptor.id() + "]";
  }
}
