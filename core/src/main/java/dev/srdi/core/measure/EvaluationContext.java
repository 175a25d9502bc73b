package dev.srdi.core.measure;

import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.parameter.Settings;
import java.time.LocalDate;
import java.util.Objects;

/** What a measure may read besides the enterprise: the as-of date, the settings, the portfolio. */
public record EvaluationContext(LocalDate asOf, Settings settings, Portfolio portfolio) {
  public EvaluationContext {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(portfolio, "portfolio");
  }
}
