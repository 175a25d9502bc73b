package dev.srdi.core.measure;

import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.parameter.Settings;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a measure may read besides the enterprise: the as-of date, the settings, the portfolio.
 *
 * @param asOf the day of the evaluation: nothing after it happened yet, and a measure never reads the clock
 * @param settings the parameter values and interpretation choices of this run
 * @param portfolio the whole portfolio, for measures that count other enterprises or parks
 */
public record EvaluationContext(LocalDate asOf, Settings settings, Portfolio portfolio) {
  /**
   * Rejects a missing value.
   *
   * @param asOf the day of the evaluation
   * @param settings the settings
   * @param portfolio the portfolio
   */
  public EvaluationContext {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(portfolio, "portfolio");
  }
}
