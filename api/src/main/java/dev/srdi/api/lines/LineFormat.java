package dev.srdi.api.lines;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.facts.Enterprise;
import java.util.Optional;

/**
 * How each record of a JSON Lines run is written: every input line yields one record, so that the
 * counts reconcile. Called from several threads at once: an implementation keeps no state. A record
 * is returned as UTF-8 bytes, encoded on the thread that formats it, not on the one writing in order.
 */
public interface LineFormat {
  /**
   * What comes before the first record.
   *
   * @return the bytes, or {@link LineBytes#empty()}
   */
  default LineBytes header() {
    return LineBytes.empty();
  }

  /**
   * What comes after the last record of a run that was not stopped.
   *
   * @return the bytes, or {@link LineBytes#empty()}
   */
  default LineBytes footer() {
    return LineBytes.empty();
  }

  /**
   * An evaluated enterprise.
   *
   * @param line its line number (from 1)
   * @param result its result
   * @return the record's bytes, ending with a line end
   */
  LineBytes evaluated(int line, EnterpriseResult result);

  /**
   * An enterprise its city's plugin failed on: an error in its place, naming plugin, measure and enterprise.
   *
   * @param line its line number
   * @param result the failed result
   * @return the record's bytes
   */
  LineBytes failed(int line, EnterpriseResult result);

  /**
   * An enterprise of another jurisdiction, left out: its place is kept.
   *
   * @param line its line number
   * @param enterprise the enterprise
   * @param reason why it is left out
   * @return the record's bytes
   */
  LineBytes skipped(int line, Enterprise enterprise, String reason);

  /**
   * A line that is not a valid enterprise, or repeats an earlier line's id.
   *
   * @param line its line number
   * @param id the record's id, if it has one
   * @param message every error, without the line
   * @return the record's bytes
   */
  LineBytes invalid(int line, Optional<String> id, String message);
}
