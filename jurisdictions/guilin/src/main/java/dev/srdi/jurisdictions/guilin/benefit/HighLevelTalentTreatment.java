package dev.srdi.jurisdictions.guilin.benefit;

import static dev.srdi.jurisdictions.guilin.GuilinTables.TABLES;

import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.AchievementType;
import dev.srdi.core.facts.AchievementTypeDeclaration;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Basis;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Formula;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.Words;
import dev.srdi.jurisdictions.guilin.GuilinLadder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 九、（十七）: a talent that an SRDI SME brings in and that is recognised as a Guilin high-level talent
 * receives the treatment 《桂林市人才引进和培养办法》 sets. This document sets no amount, so none is
 * given (UNSPECIFIED), and the treatment goes to the person, not the enterprise. The fact is a
 * {@code HIGH_LEVEL_TALENT} achievement dated on the talent's recognition, one per person.
 */
public final class HighLevelTalentTreatment implements Measure {
  public static final MeasureId ID = MeasureId.of("guilin.high-level-talent");
  public static final AchievementType TYPE = AchievementType.of("HIGH_LEVEL_TALENT");
  public static final AchievementTypeDeclaration DECLARATION = AchievementTypeDeclaration.of(TYPE.value(),
      "引进人才经认定为桂林市高层次人才", "talent brought in and recognised as a Guilin high-level talent");

  private static final MeasureDescriptor DESCRIPTOR = TABLES.measure(ID).descriptor()
      .description("A much-needed top talent (foreigners and staff of foreign firms included) brought in by an SRDI SME"
          + " and recognised as a Guilin high-level talent receives the treatment that 《桂林市人才引进和培养办法》 sets;"
          + " this document sets no amount.")
      .amountKind(AmountKind.UNSPECIFIED)
      .formula(Formula.unspecified("《桂林市人才引进和培养办法》 (Guilin's measures for bringing in and cultivating talent)"))
      .build();

  @Override public MeasureDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override public List<Assessment> assess(Enterprise e, EvaluationContext ctx) {
    List<Achievement> talents = e.achievementsOf(TYPE);
    if (talents.isEmpty()) {
      return List.of();
    }
    var out = new ArrayList<Assessment>(talents.size());
    for (Achievement a : talents) {
      out.add(assess(e, a));
    }
    return out;
  }

  private static Assessment assess(Enterprise e, Achievement a) {
    Optional<Recognition> held = GuilinLadder.srdiHeldOn(e, a.date());
    LocalDate recognised = a.date();
    // Written when read: most callers count the talents refused and paid, and writing dates was a fair share of it.
    if (held.isEmpty()) {
      return NotEligible.because(ID, a.year(), Words.lazily(() -> "the talent recognised on " + recognised
          + " was brought in while the enterprise held no valid SRDI recognition of any level"));
    }
    Recognition holding = held.get();
    return Claim.of(ID, recognised, Basis.none(), Words.lazily(() -> "a talent brought in while the enterprise held "
            + holding.describe() + " was recognised as a Guilin high-level talent on " + recognised))
        .paidTo("the recognised talent (the treatment goes to the person)");
  }
}
