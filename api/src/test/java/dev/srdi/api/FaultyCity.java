package dev.srdi.api;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.spi.ForwardingJurisdiction;
import dev.srdi.testland.Testland;
import java.util.ArrayList;
import java.util.List;

/** Testland with a bug in one measure, which throws on the enterprise "BAD", as a faulty plugin would. */
final class FaultyCity extends ForwardingJurisdiction {
  FaultyCity() {
    super(new Testland());
  }

  @Override public List<Measure> measures() {
    var measures = new ArrayList<>(delegate().measures());
    Measure first = measures.get(0);
    measures.set(0, new Measure() {
      @Override public MeasureDescriptor descriptor() {
        return first.descriptor();
      }

      @Override public List<Assessment> assess(Enterprise enterprise, EvaluationContext context) {
        if (enterprise.id().value().equals("BAD")) {
          throw new IllegalStateException("no row for " + enterprise.id());
        }
        return first.assess(enterprise, context);
      }
    });
    return List.copyOf(measures);
  }
}
