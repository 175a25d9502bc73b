package dev.srdi.testkit;

import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.stacking.StackingRule;
import java.util.Optional;

/** The highest-only group a measure belongs to, if its stacking rules name one. */
final class HighestOnlyGroups {
  private HighestOnlyGroups() {}

  static Optional<String> of(MeasureDescriptor d) {
    return d.stacking().stream()
        .filter(StackingRule.HighestOnly.class::isInstance)
        .map(r -> ((StackingRule.HighestOnly) r).group())
        .findFirst();
  }
}
