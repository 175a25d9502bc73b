package dev.srdi.testkit;

import dev.srdi.core.engine.Engine;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import java.time.LocalDate;
import java.util.List;

/** Short ways to run the engine in a plugin's example tests. */
public final class TestKit {
  private static final Engine ENGINE = new Engine();

  private TestKit() {}

  public static Engine engine() {
    return ENGINE;
  }

  public static EnterpriseResult evaluate(Jurisdiction j, Enterprise e, LocalDate asOf) {
    return evaluate(j, e, asOf, Overrides.none());
  }

  public static EnterpriseResult evaluate(Jurisdiction j, Enterprise e, LocalDate asOf, Overrides overrides) {
    return ENGINE.evaluate(j, e, new EvaluationContext(asOf, settings(j, overrides), Portfolio.of(List.of(e))));
  }

  public static Settings settings(Jurisdiction j, Overrides overrides) {
    var resolved = ENGINE.settings(j, overrides);
    if (resolved.isInvalid()) {
      throw new IllegalArgumentException(resolved.getError().mkString("; "));
    }
    return resolved.get();
  }

  /** The entitlements of one measure, in date order. */
  public static List<Entitlement> entitlements(EnterpriseResult result, String measureId) {
    return result.entitlements().stream().filter(e -> e.measure().equals(MeasureId.of(measureId))).toList();
  }

  public static List<NotEligible> rejections(EnterpriseResult result, String measureId) {
    return result.notEligible().stream().filter(e -> e.measure().equals(MeasureId.of(measureId))).toList();
  }
}
