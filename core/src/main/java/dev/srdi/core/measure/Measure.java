package dev.srdi.core.measure;

import dev.srdi.core.facts.Enterprise;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * One measure of a policy, testable and replaceable alone. It says which events of an enterprise
 * could earn it ({@link Claim}s) and why others do not ({@link NotEligible}); the engine then
 * applies the declared window and stacking rules over the whole history and computes the amounts.
 * An implementation reads dates from the facts and context, never from the clock.
 */
public interface Measure {

  /** {@return what the measure is, without running it: names, clause, formula, stacking, parameters} */
  MeasureDescriptor descriptor();

  /**
   * The enterprise's events that could earn the measure, and why the others do not. The engine applies the
   * window, the stacking rules and the formula afterwards; a measure computes no amount itself.
   *
   * @param enterprise the enterprise
   * @param context the as-of date, the settings and the portfolio
   * @return a claim per event that could earn it, a rejection per reason it does not; never null
   */
  List<Assessment> assess(Enterprise enterprise, EvaluationContext context);

  /** {@return the descriptor's id} */
  default MeasureId id() {
    return descriptor().id();
  }

  /**
   * A measure from its descriptor and a function, for rules short enough to read in one lambda.
   *
   * @param descriptor what the measure is
   * @param rule how it assesses an enterprise
   * @return the measure
   */
  static Measure of(MeasureDescriptor descriptor, BiFunction<Enterprise, EvaluationContext, List<Assessment>> rule) {
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(rule, "rule");
    return new Measure() {
      @Override public MeasureDescriptor descriptor() {
        return descriptor;
      }

      @Override public List<Assessment> assess(Enterprise enterprise, EvaluationContext context) {
        return rule.apply(enterprise, context);
      }

      @Override public String toString() {
        return "Measure[" + descriptor.id() + "]";
      }
    };
  }
}
