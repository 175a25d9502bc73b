package dev.srdi.core.testland;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.spi.ForwardingJurisdiction;
import java.util.List;

/**
 * Testland with a bug: its first measure throws on the enterprise "BAD" (and recurses without end on
 * "DEEP"), as a faulty plugin would, to show that only that enterprise's result is lost.
 */
final class FaultyTestland extends ForwardingJurisdiction {
  FaultyTestland() {
    super(new Testland());
  }

  @Override public List<Measure> measures() {
    var measures = new java.util.ArrayList<>(delegate().measures());
    measures.set(0, new Faulty(measures.get(0)));
    return List.copyOf(measures);
  }

  private record Faulty(Measure measure) implements Measure {
    @Override public MeasureDescriptor descriptor() {
      return measure.descriptor();
    }

    @Override public List<Assessment> assess(Enterprise enterprise, EvaluationContext context) {
      if (enterprise.id().value().equals("BAD")) {
        throw new IllegalStateException("table row missing for " + enterprise.id());
      }
      if (enterprise.id().value().equals("DEEP")) {
        return assess(enterprise, context);
      }
      return measure.assess(enterprise, context);
    }
  }
}
