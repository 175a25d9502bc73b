package dev.srdi.jurisdictions.guilin.award;

import dev.srdi.core.measure.Words;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.FIRST_AWARD;
import static dev.srdi.jurisdictions.guilin.GuilinTables.TABLES;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.RecognitionKind;
import dev.srdi.core.ladder.Title;
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
import dev.srdi.jurisdictions.guilin.GuilinInterpretations;
import dev.srdi.jurisdictions.guilin.GuilinLadder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 二、（三）: a one-time award, exactly the parameter's amount, on an enterprise's first, new
 * city-level SRDI recognition (interpretation 4). A renewal is not a first recognition, and a
 * city-level renewal dated earlier shows that a later new recognition is not the first either: both
 * are facts of the recognition, read here. Everything else is a declared stacking rule the engine
 * applies: first occurrence only (首次), once per enterprise (一次性), not if a region-level or higher
 * SRDI recognition was held before (前期已获得自治区级以上…不重复享受), and, under the default reading of
 * {@link GuilinInterpretations#FIRST_AWARD_EARLIER_TITLE}, not if a national (key) little giant was held
 * before either, so that a what-if can switch that reading off.
 */
public final class FirstCitySrdiAward implements Measure {
  public static final MeasureId ID = MeasureId.of("guilin.first-city-srdi-award");

  /** Names, clause, funding source (the text names 市财政局 and no fund) and units: guilin/measures.yaml. */
  private static final MeasureDescriptor DESCRIPTOR = TABLES.measure(ID).descriptor()
      .description("A one-time award of " + FIRST_AWARD.formatDefault() + " yuan for an enterprise first recognised"
          + " (a new recognition, not a renewal) as a city-level SRDI SME. Not for an enterprise that already held a"
          + " region-level or higher SRDI recognition before it; by default an earlier national (key) little giant"
          + " excludes it too (interpretation " + GuilinInterpretations.FIRST_AWARD_EARLIER_TITLE.id() + ").")
      .amountKind(AmountKind.EXACT)
      .formula(Formula.fixed(FIRST_AWARD))
      .addStacking(StackingRule.firstOccurrenceOnly(),
          StackingRule.notIfHeldBefore(Title.SRDI_SME, Level.PROVINCIAL),
          littleGiantExcludes(Title.LITTLE_GIANT),
          littleGiantExcludes(Title.KEY_LITTLE_GIANT),
          StackingRule.oncePerEnterprise())
      .build();

  /**
   * A national little giant (its key tier included: the core matches titles exactly) held before
   * excludes the award only while the interpretation reads it as an SRDI SME above region level.
   */
  private static StackingRule littleGiantExcludes(Title littleGiant) {
    return StackingRule.whenChosen(GuilinInterpretations.FIRST_AWARD_EARLIER_TITLE,
        GuilinInterpretations.SRDI_AND_LITTLE_GIANT,
        StackingRule.notIfHeldBefore(littleGiant, Level.NATIONAL));
  }

  /** The refusal of most enterprises, the same words and checklist for each: made once. */
  private static final List<Assessment> NO_CITY_RECOGNITION = List.of(
      NotEligible.because(ID, "has no city-level SRDI recognition (市级“专精特新”中小企业)")
          .withConditions(Condition.requirement("city-level SRDI recognition",
              "a new city-level SRDI recognition (市级“专精特新”中小企业)", Optional.empty(), false)));

  @Override public MeasureDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override public List<Assessment> assess(Enterprise e, EvaluationContext ctx) {
    ArrayList<Assessment> out = null;
    for (Recognition r : e.recognitionsInOrder()) {
      if (!isCitySrdi(r)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>();
      }
      int year = r.date().getYear();
      Optional<Recognition> earlierRenewal = earlierCityRenewal(e, r);
      if (!r.isNew()) {
        out.add(NotEligible.because(ID, year, Words.lazily(() -> "the city-level SRDI recognition of " + r.date()
            + " is a renewal (复核), not a first recognition (首次被认定)")).withConditions(Condition.lazily(() -> List.of(
                Condition.requirement("city-level SRDI recognition of " + r.date(), "a new, first recognition (首次被认定)",
                    Optional.of("a renewal (复核)"), false)))));
      } else if (earlierRenewal.isPresent()) {
        out.add(NotEligible.because(ID, year, "the city-level renewal of " + earlierRenewal.get().date()
            + " shows an earlier city-level recognition, so the one of " + r.date() + " is not the first (首次)")
            .withConditions(Condition.requirement("city-level SRDI recognition of " + r.date(),
                "the first city-level recognition (首次)", Optional.of("renewed on " + earlierRenewal.get().date()
                    + ", so recognised before"), false)));
      } else {
        out.add(Claim.of(ID, r.date(), Basis.none(),
            Words.lazily(() -> "new city-level SRDI recognition (市级“专精特新”中小企业) of " + r.date())));
      }
    }
    return out != null ? out : NO_CITY_RECOGNITION;
  }

  /** The first city-level renewal dated before the recognition, if any. */
  private static Optional<Recognition> earlierCityRenewal(Enterprise e, Recognition r) {
    for (Recognition o : e.recognitionsInOrder()) {
      if (o.kind() == RecognitionKind.RENEWAL && o.date().isBefore(r.date()) && isCitySrdi(o)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  private static boolean isCitySrdi(Recognition r) {
    return GuilinLadder.CITY_SRDI.holds(r);
  }
}
