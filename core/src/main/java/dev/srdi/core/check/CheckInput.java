package dev.srdi.core.check;

import dev.srdi.core.engine.Engine;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a check looks at: the jurisdiction, the settings in force (a what-if's included), a sample portfolio for
 * the checks that need enterprises, the day the sample is evaluated on, and the engine.
 *
 * @param jurisdiction the jurisdiction checked
 * @param settings the settings in force
 * @param sample generated enterprises, for the checks that evaluate them; may be empty
 * @param asOf the day the sample is evaluated on
 * @param engine the engine that evaluates it
 */
public record CheckInput(Jurisdiction jurisdiction, Settings settings, Portfolio sample, LocalDate asOf, Engine engine) {
  /**
   * Rejects a missing value.
   *
   * @param jurisdiction the jurisdiction
   * @param settings the settings
   * @param sample the sample
   * @param asOf the day
   * @param engine the engine
   */
  public CheckInput {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(engine, "engine");
  }

  /**
   * The sample evaluated under the given settings.
   *
   * @param with the settings, e.g. a variant that moves one threshold
   * @return the sample's result
   */
  public PortfolioResult evaluate(Settings with) {
    return engine.evaluate(jurisdiction, sample, asOf, with);
  }
}
