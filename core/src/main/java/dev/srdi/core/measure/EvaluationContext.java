package dev.srdi.core.measure;

import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.parameter.Settings;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a measure may read besides the enterprise: the as-of date, the settings, the portfolio. A
 * measure reads each parameter on the date of the event that earns the entitlement ({@link #on}):
 * a recognition's date, the end of a performance year, the as-of date for a benefit enjoyed then.
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

  /**
   * The settings as in force on the day of an event: every parameter takes the value of that day.
   *
   * @param eventDate the date of the event that earns the entitlement
   * @return the settings pinned to that day
   */
  public Settings on(LocalDate eventDate) {
    return settings.on(eventDate);
  }

  /**
   * The same context with other settings (the engine's, which log what a measure reads).
   *
   * @param other the settings
   * @return the context
   */
  public EvaluationContext withSettings(Settings other) {
    return new EvaluationContext(asOf, other, portfolio);
  }
}
