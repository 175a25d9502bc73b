package dev.srdi.testkit;

import dev.srdi.core.facts.Enterprise;
import java.time.LocalDate;
import java.util.Objects;

/** One generated enterprise evaluated as of one date; shown as the scenario file that reproduces it. */
public record Case(Enterprise enterprise, LocalDate asOf) {
  public Case {
    Objects.requireNonNull(enterprise, "enterprise");
    Objects.requireNonNull(asOf, "asOf");
  }

  public Case with(Enterprise other) {
    return new Case(other, asOf);
  }

  /** The scenario JSON ({@code srdi evaluate --scenario}) of this case. */
  @Override
  public String toString() {
    return ScenarioJson.scenario(asOf, enterprise);
  }
}
