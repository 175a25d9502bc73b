package dev.srdi.benchmarks;

import dev.srdi.core.engine.BenefitGrant;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.NotEligible;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reads every word of a result, as a caller that shows it does (the CLI's tables, the JSON): each explanation,
 * note, reason, missing fact and condition. The engine writes explanations only when read, so the benchmarks
 * that stop at the result time "explanations available"; those that pass it through here time "explanations
 * rendered".
 */
final class Rendered {
  private Rendered() {}

  static void readAll(EnterpriseResult result, Blackhole bh) {
    for (Entitlement e : result.entitlements()) {
      bh.consume(e.explanation());
      bh.consume(e.notes());
    }
    for (BenefitGrant b : result.benefits()) {
      bh.consume(b.explanation());
      bh.consume(b.notes());
    }
    for (NotEligible n : result.notEligible()) {
      bh.consume(n.reason());
      bh.consume(n.missingFacts());
      for (Condition c : n.conditions()) {
        bh.consume(c.fact());
        bh.consume(c.has());
        bh.consume(c.requires());
        bh.consume(c.shortfall());
        bh.consume(c.lever());
      }
    }
  }
}
