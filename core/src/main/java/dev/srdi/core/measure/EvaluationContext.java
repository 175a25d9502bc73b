package dev.srdi.core.measure;

import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.parameter.Settings;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a measure may read besides the enterprise: the as-of date, the settings, the portfolio. A
 * measure reads each parameter on the date of the event that earns the entitlement ({@link #on}):
 * a recognition's date, the end of a performance year, the as-of date for a benefit enjoyed then.
 */
public record EvaluationContext(LocalDate asOf, Settings settings, Portfolio portfolio) {
  public EvaluationContext {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(portfolio, "portfolio");
  }

  /** The settings as in force on the day of an event: every parameter takes the value of that day. */
  public Settings on(LocalDate eventDate) {
    return settings.on(eventDate);
  }

  /** The same context with other settings (the engine's, which log what a measure reads). */
  public EvaluationContext withSettings(Settings other) {
    return new EvaluationContext(asOf, other, portfolio);
  }
}
