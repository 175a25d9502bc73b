package dev.srdi.core.testland;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.responsibility.Department;
import dev.srdi.core.spi.Jurisdiction;
import java.util.List;

/**
 * Testland with a bug: its first measure throws on the enterprise "BAD" (and recurses without end on
 * "DEEP"), as a faulty plugin would, to show that only that enterprise's result is lost.
 */
final class FaultyTestland implements Jurisdiction {
  private final Testland testland = new Testland();

  @Override public JurisdictionId id() {
    return testland.id();
  }

  @Override public String nameZh() {
    return testland.nameZh();
  }

  @Override public String nameEn() {
    return testland.nameEn();
  }

  @Override public List<PolicyDocument> documents() {
    return testland.documents();
  }

  @Override public List<Measure> measures() {
    var measures = new java.util.ArrayList<>(testland.measures());
    measures.set(0, new Faulty(measures.get(0)));
    return List.copyOf(measures);
  }

  @Override public List<Parameter<?>> parameters() {
    return testland.parameters();
  }

  @Override public List<Interpretation> interpretations() {
    return testland.interpretations();
  }

  @Override public List<Department> departments() {
    return testland.departments();
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
