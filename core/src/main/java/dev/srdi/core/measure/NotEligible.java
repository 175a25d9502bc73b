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

  /**
   * A rejection for no year in particular.
   *
   * @param measure the measure
   * @param reason why, in plain words
   * @return the rejection
   */
  public static NotEligible because(MeasureId measure, String reason) {
    return new NotEligible(measure, reason, List.of(), Optional.empty());
  }

  /**
   * A rejection for one year.
   *
   * @param measure the measure
   * @param year the year it concerns
   * @param reason why, in plain words
   * @return the rejection
   */
  public static NotEligible because(MeasureId measure, int year, String reason) {
    return new NotEligible(measure, reason, List.of(), Optional.of(year));
  }

  /**
   * Not enough facts: a rule never guesses a missing figure.
   *
   * @param measure the measure
   * @param year the year it concerns
   * @param facts the facts that were missing
   * @return the rejection
   */
  public static NotEligible missing(MeasureId measure, int year, String... facts) {
    return new NotEligible(measure, "not enough facts: " + String.join(", ", facts) + " missing",
        List.of(facts), Optional.of(year));
  }

  /**
   * Whether the rejection is for missing facts rather than facts that do not qualify.
   *
   * @return true if facts were missing
   */
  public boolean isMissingFacts() {
    return !missingFacts.isEmpty();
  }
}
