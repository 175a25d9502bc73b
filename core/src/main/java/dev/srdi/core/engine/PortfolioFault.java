package dev.srdi.core.engine;

import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.policy.JurisdictionId;
import java.util.Objects;

/**
 * A jurisdiction plugin failed in a portfolio measure (one that looks at the whole portfolio, such as
 * a park's plaque): which plugin, which measure, and what it threw. That measure's findings are then
 * missing; the enterprises' results, the other portfolio measures and other jurisdictions are as usual.
 *
 * @param jurisdiction the plugin's jurisdiction
 * @param measure the portfolio measure that failed
 * @param error what it threw, in one line
 */
public record PortfolioFault(JurisdictionId jurisdiction, MeasureId measure, String error) {
  /**
   * Rejects a missing value.
   *
   * @param jurisdiction the plugin's jurisdiction
   * @param measure the portfolio measure that failed
   * @param error what it threw, in one line
   */
  public PortfolioFault {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(error, "error");
  }

  /**
   * One line for a person.
   *
   * @return e.g. "plugin zhanjiang failed in portfolio measure zhanjiang.park-plaque: IllegalStateException: …"
   */
  public String describe() {
    return "plugin " + jurisdiction + " failed in portfolio measure " + measure + ": " + error;
  }
}
