package dev.srdi.core.text;

import java.util.Collection;

/**
 * How many clauses of a document are in each state.
 *
 * @param encoded cited, with no interpretation
 * @param interpreted cited by an interpretation
 * @param noRule nothing to encode, with a reason
 * @param notEncoded real gaps, listed or not
 */
public record CoverageCounts(int encoded, int interpreted, int noRule, int notEncoded) {
  /**
   * The counts of these clauses.
   *
   * @param clauses the clauses
   * @return how many are in each state
   */
  public static CoverageCounts of(Collection<ClauseCoverage> clauses) {
    return new CoverageCounts(count(clauses, ClauseStatus.ENCODED), count(clauses, ClauseStatus.INTERPRETED),
        count(clauses, ClauseStatus.NO_RULE), count(clauses, ClauseStatus.NOT_ENCODED));
  }

  /** {@return every clause counted} */
  public int clauses() {
    return encoded + interpreted + noRule + notEncoded;
  }

  private static int count(Collection<ClauseCoverage> clauses, ClauseStatus status) {
    return (int) clauses.stream().filter(c -> c.status() == status).count();
  }
}
