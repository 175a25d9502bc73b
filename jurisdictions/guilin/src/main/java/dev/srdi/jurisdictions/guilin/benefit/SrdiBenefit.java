package dev.srdi.jurisdictions.guilin.benefit;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Basis;
import dev.srdi.core.measure.ByDay;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.Words;
import dev.srdi.core.parameter.Settings;
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
  /** The notes of every grant: the condition the facts cannot show, if the sheet states one. */
  private final List<String> notes;
  /**
   * The refusal of an enterprise without an SRDI recognition, two in three of them: it depends on the as-of date
   * alone, so each day's is made once and shared (its words written when first read).
   */
  private final ByDay<List<Assessment>> refusals = ByDay.of(this::refusal);

  SrdiBenefit(BenefitSheet sheet) {
    this.sheet = sheet;
    this.notes = sheet.onlyIf().map(List::of).orElse(List.of());
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
    LocalDate asOf = ctx.asOf();
    Held held = ctx.answer(Held.QUESTION, e);
    if (held.recognition().isEmpty()) {
      return refusals.get(asOf);
    }
    // Every benefit pins the settings to the as-of date: the context gives the same pinned settings to each.
    Settings onTheDay = ctx.on(asOf);
    Optional<String> notInForce = onTheDay.notInForce(sheet.reads());
    if (notInForce.isPresent()) {
      return List.of(NotEligible.because(descriptor.id(), asOf.getYear(), notInForce.get()));
    }
    Words holds = held.holds();
    Words grants = sheet.grantsWords(onTheDay);
    return List.of(new Claim(descriptor.id(), asOf, asOf.getYear(), Basis.none(), Optional.empty(), Optional.empty(),
        Words.lazily(() -> holds.text() + ": " + grants.text()), notes));
  }

  /** This benefit's refusal on a day of an enterprise that holds no SRDI recognition then: the same for all. */
  private List<Assessment> refusal(LocalDate asOf) {
    NotHeldOn refusal = NotHeldOn.on(asOf);
    return List.of(NotEligible.because(descriptor.id(), asOf.getYear(), refusal.why(), refusal.conditions()));
  }

  /**
   * The recognition an enterprise holds on the as-of date, and "holds … on day" for the grants: every one of the
   * city's benefits asks it of each enterprise, so the evaluation works it out once ({@link
   * EvaluationContext#answer}) and the fourteen grants share the words, written once when first read.
   */
  private record Held(Optional<Recognition> recognition, Words holds) {
    static final EvaluationContext.Question<Held> QUESTION =
        EvaluationContext.Question.of("guilin: the SRDI recognition held on the as-of date", Held::on);

    static Held on(Enterprise e, LocalDate day) {
      Optional<Recognition> held = GuilinLadder.srdiHeldOn(e, day);
      return new Held(held, held.isEmpty() ? Words.none()
          : Words.lazily(() -> "holds " + held.get().describe() + " on " + day));
    }
  }

  @Override public String toString() {
    return "Measure[" + descriptor.id() + "]";
  }
}
