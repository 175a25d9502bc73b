package ${package};

import static ${package}.${cityClass}Parameters.FIRST_AWARD;
import static ${package}.${cityClass}Tables.TABLES;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
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
import dev.srdi.core.stacking.StackingRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The example measure: a one-time award, exactly the parameter's amount, on an enterprise's first, new
 * city-level SRDI recognition. The sheet (names, clause, quote, who pays) is {@code ${cityId}/measures.yaml};
 * the class holds the rule only. 首次 and 一次性 are stacking rules the engine applies, not code here.
 */
public final class FirstAward implements Measure {
  public static final MeasureId ID = MeasureId.of("${cityId}.first-award");

  private static final MeasureDescriptor DESCRIPTOR = TABLES.measure(ID).descriptor()
      .amountKind(AmountKind.EXACT)
      .formula(Formula.fixed(FIRST_AWARD))
      .addStacking(StackingRule.firstOccurrenceOnly(), StackingRule.oncePerEnterprise())
      .build();

  /** A constant rejection (immutable, so every enterprise without the recognition shares it). */
  private static final NotEligible NOT_RECOGNISED = NotEligible.because(ID, "has no new city-level SRDI recognition");

  @Override public MeasureDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override public List<Assessment> assess(Enterprise e, EvaluationContext ctx) {
    var out = new ArrayList<Assessment>();
    for (Recognition r : e.recognitionsInOrder()) {
      if (r.title() == Title.SRDI_SME && r.level() == Level.CITY && r.isNew()) {
        // Written only when someone reads it (a total never does): a lambda over immutable values, no Settings.
        LocalDate day = r.date();
        out.add(Claim.of(ID, day, Basis.none(), Words.lazily(() -> "new city-level SRDI recognition of " + day)));
      }
    }
    if (out.isEmpty()) {
      out.add(NOT_RECOGNISED);
    }
    return out;
  }
}
