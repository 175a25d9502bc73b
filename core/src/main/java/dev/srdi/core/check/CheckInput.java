package dev.srdi.core.check;

import dev.srdi.core.engine.Engine;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a check looks at: the jurisdiction, the settings in force (a what-if's included), a sample
 * portfolio for the checks that need enterprises, the day the sample is evaluated on, and the engine.
 */
public record CheckInput(Jurisdiction jurisdiction, Settings settings, Portfolio sample, LocalDate asOf, Engine engine) {
  public CheckInput {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(engine, "engine");
  }

  /** The sample evaluated under the given settings. */
  public PortfolioResult evaluate(Settings with) {
    return engine.evaluate(jurisdiction, sample, asOf, with);
  }
}
