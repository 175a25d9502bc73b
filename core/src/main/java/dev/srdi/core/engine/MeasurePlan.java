package dev.srdi.core.engine;

import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.Formula;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.stacking.StackingRule;
import java.util.List;
import java.util.Optional;

/**
 * What the engine asks of one measure's declarations for every claim, worked out once when its jurisdiction is
 * loaded: the descriptor's lists are fixed by then, so that no claim builds them again (a formula's parameter
 * list, a coverage's, the clause as a condition, the highest-only group).
 *
 * @param descriptor the measure's descriptor
 * @param formulaParameters the parameters its formula reads, in the formula's order
 * @param coverageParameters the parameters of its own covered period, empty when it has the document's
 * @param highestOnly its first highest-only rule, if it declares one
 * @param groups the group of that rule as the ledger records it, or none
 * @param theClause the clause's own words as the one unmet condition of a rejection that names none
 * @param paysNoAmount whether its formula never pays an amount (a benefit, or an amount another text sets):
 *     such a claim can pay nothing whatever the day, so ordering it reads nothing
 */
record MeasurePlan(
    MeasureDescriptor descriptor,
    List<Parameter<?>> formulaParameters,
    List<Parameter<?>> coverageParameters,
    Optional<StackingRule.HighestOnly> highestOnly,
    List<String> groups,
    List<Condition> theClause,
    boolean paysNoAmount) {

  static MeasurePlan of(MeasureDescriptor d) {
    Optional<StackingRule.HighestOnly> highest = Optional.empty();
    for (StackingRule rule : d.stacking()) {
      if (rule instanceof StackingRule.HighestOnly h) {
        highest = Optional.of(h);
        break;
      }
    }
    return new MeasurePlan(d,
        List.copyOf(d.formula().parameters()),
        d.coverage().map(c -> List.copyOf(c.parameters())).orElse(List.of()),
        highest,
        highest.map(h -> List.of(h.group())).orElse(List.of()),
        List.of(theClause(d)),
        d.formula() instanceof Formula.NonMonetary || d.formula() instanceof Formula.Unspecified);
  }

  /**
   * Where a rejection names no condition as data, the clause's own words are the condition: unmet, so
   * that every rejection a portal shows has a checklist line with the text it fails.
   */
  private static Condition theClause(MeasureDescriptor d) {
    return Condition.requirement("the condition of " + d.citation().clause(), "“" + d.citation().quote() + "”",
        Optional.empty(), false);
  }
}
