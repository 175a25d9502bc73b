package dev.srdi.core.text;

import dev.srdi.core.policy.ClauseMark;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A clause with everything that cites it and how far it is encoded.
 *
 * @param clause the clause
 * @param status encoded, interpreted, no rule or not encoded
 * @param cited what cites it, in the plugin's order, with the places of the quotes
 * @param mark what the plugin's clause table says of it, if anything
 */
public record ClauseCoverage(Clause clause, ClauseStatus status, List<CitedSpan> cited, Optional<ClauseMark> mark) {
  /**
   * Copies the list; rejects a missing value.
   *
   * @param clause the clause
   * @param status its status
   * @param cited what cites it
   * @param mark what the clause table says of it, if anything
   */
  public ClauseCoverage {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(status, "status");
    cited = List.copyOf(cited);
    Objects.requireNonNull(mark, "mark");
  }

  /** {@return the ids of the interpretations that cite it} */
  public List<String> interpretations() {
    return cited.stream().map(CitedSpan::entry).filter(Citing.OfInterpretation.class::isInstance)
        .map(Citing::id).distinct().toList();
  }

  /** {@return whether it is a gap the plugin lists, with its reason} */
  public boolean listedGap() {
    return mark.filter(ClauseMark.KnownGap.class::isInstance).isPresent();
  }
}
