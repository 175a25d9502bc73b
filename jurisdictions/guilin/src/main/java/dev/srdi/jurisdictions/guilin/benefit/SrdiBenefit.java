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
  /** The notes of every grant: the condition the facts cannot show, if the sheet states one. */
  private final List<String> notes;

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
    MeasureId id = descriptor.id();
    LocalDate asOf = ctx.asOf();
    Held held = Held.on(e, asOf);
    if (held.recognition().isEmpty()) {
      NotHeldOn refusal = NotHeldOn.on(asOf);
      return List.of(NotEligible.because(id, asOf.getYear(), refusal.why(), refusal.conditions()));
    }
    var onTheDay = ctx.settings().on(ctx.asOf());
    Optional<String> notInForce = onTheDay.notInForce(sheet.reads());
    if (notInForce.isPresent()) {
      return List.of(NotEligible.because(id, ctx.asOf().getYear(), notInForce.get()));
    }
    Words holds = held.holds();
    Words grants = sheet.grantsWords(onTheDay);
    return List.of(new Claim(id, asOf, asOf.getYear(), Basis.none(), Optional.empty(), Optional.empty(),
        Words.lazily(() -> holds.text() + ": " + grants.text()), notes));
  }

  /**
   * The recognition an enterprise holds on a day, kept for the enterprise and day last asked about: every one of
   * the city's benefits asks it of each enterprise in turn, on the as-of date. An enterprise is immutable, so the
   * same one on the same day has the same answer; a record with final fields, so a thread sees a whole one.
   */
  private record Held(Enterprise enterprise, LocalDate day, Optional<Recognition> recognition, Words holds) {
    private static volatile Held last;

    /** The recognition held on the day, and "holds … on day" for the grants, written once for all of them. */
    static Held on(Enterprise e, LocalDate day) {
      Held kept = last;
      if (kept == null || kept.enterprise() != e || !kept.day().equals(day)) {
        Optional<Recognition> held = GuilinLadder.srdiHeldOn(e, day);
        kept = new Held(e, day, held, held.isEmpty() ? Words.none()
            : Words.lazily(() -> "holds " + held.get().describe() + " on " + day));
        last = kept;
      }
      return kept;
    }
  }

  @Override public String toString() {
    return "Measure[" + descriptor.id() + "]";
  }
}
