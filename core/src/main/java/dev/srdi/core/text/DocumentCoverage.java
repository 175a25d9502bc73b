package dev.srdi.core.text;

import dev.srdi.core.policy.ClauseMark;
import dev.srdi.core.policy.PolicyDocument;
import java.util.List;
import java.util.Objects;

/**
 * One document clause by clause beside what cites it, with its counts.
 *
 * @param document the document
 * @param text its headings and clauses in reading order
 * @param clauses each clause's coverage, in the same order
 * @param unplaced citations of the document whose clause the text does not have
 * @param strayMarks marks of the clause table that name no clause of the text
 */
public record DocumentCoverage(
    PolicyDocument document, PolicyText text, List<ClauseCoverage> clauses, List<Citing> unplaced,
    List<ClauseMark> strayMarks) {
  /**
   * Copies the lists; rejects a missing value.
   *
   * @param document the document
   * @param text its text, clause by clause
   * @param clauses each clause's coverage
   * @param unplaced what cites a clause the text does not have
   * @param strayMarks marks of clauses the text does not have
   */
  public DocumentCoverage {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(text, "text");
    clauses = List.copyOf(clauses);
    unplaced = List.copyOf(unplaced);
    strayMarks = List.copyOf(strayMarks);
  }

  /** {@return the counts per state} */
  public CoverageCounts counts() {
    return CoverageCounts.of(clauses);
  }

  /**
   * The coverage of a clause of {@link #text()}.
   *
   * @param clause the clause
   * @return its coverage
   * @throws IllegalArgumentException when the clause is not one of the text
   */
  public ClauseCoverage of(Clause clause) {
    return clauses.stream().filter(c -> c.clause().equals(clause)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(clause.label() + " is not a clause of " + document.id()));
  }
}
