package dev.srdi.core.measure;

import dev.srdi.core.facts.Enterprise;
import java.util.List;

/**
 * One measure of a policy, testable and replaceable alone. It says which events of an enterprise
 * could earn it ({@link Claim}s) and why others do not ({@link NotEligible}); the engine then
 * applies the declared window and stacking rules over the whole history and computes the amounts.
 * An implementation reads dates from the facts and context, never from the clock.
 */
public interface Measure {

  MeasureDescriptor descriptor();

  List<Assessment> assess(Enterprise enterprise, EvaluationContext context);

  default MeasureId id() {
    return descriptor().id();
  }
}
