package dev.srdi.api;

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
import dev.srdi.testland.Testland;
import java.util.ArrayList;
import java.util.List;

/** Testland with a bug in one measure, which throws on the enterprise "BAD", as a faulty plugin would. */
final class FaultyCity implements Jurisdiction {
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
    var measures = new ArrayList<>(testland.measures());
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

  @Override public List<Parameter<?>> parameters() {
    return testland.parameters();
  }

  @Override public List<Interpretation> interpretations() {
    return testland.interpretations();
  }

  @Override public List<Department> departments() {
    return testland.departments();
  }
}
