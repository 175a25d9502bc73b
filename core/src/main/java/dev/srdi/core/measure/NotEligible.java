package dev.srdi.core.measure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rejection as a value: the measure, the reason, the facts that were missing (empty when the facts
 * were there and simply do not qualify), and the year it concerns where there is one.
 */
public record NotEligible(MeasureId measure, String reason, List<String> missingFacts, Optional<Integer> year)
    implements Assessment {

  public NotEligible {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(reason, "reason");
    missingFacts = List.copyOf(missingFacts);
    Objects.requireNonNull(year, "year");
  }

  public static NotEligible because(MeasureId measure, String reason) {
    return new NotEligible(measure, reason, List.of(), Optional.empty());
  }

  public static NotEligible because(MeasureId measure, int year, String reason) {
    return new NotEligible(measure, reason, List.of(), Optional.of(year));
  }

  /** Not enough facts: a rule never guesses a missing figure. */
  public static NotEligible missing(MeasureId measure, int year, String... facts) {
    return new NotEligible(measure, "not enough facts: " + String.join(", ", facts) + " missing",
        List.of(facts), Optional.of(year));
  }

  public boolean isMissingFacts() {
    return !missingFacts.isEmpty();
  }
}
