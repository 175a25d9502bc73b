package dev.srdi.api;

import dev.srdi.api.json.ScenarioReader;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Park;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.policy.JurisdictionId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed and validated {@code srdi-scenario/1}: the as-of date if it gives one, the enterprises and
 * the parks. Immutable.
 *
 * @param asOf the day of the evaluation, if the scenario gives one
 * @param enterprises the enterprises, in the scenario's order
 * @param parks the parks, in the scenario's order
 */
public record Scenario(Optional<LocalDate> asOf, List<Enterprise> enterprises, List<Park> parks) {
  /** The value of a scenario document's {@code schema} field. */
  public static final String SCHEMA = ScenarioReader.SCHEMA;

  /** Copies the lists; rejects a missing value. */
  public Scenario {
    Objects.requireNonNull(asOf, "asOf");
    enterprises = List.copyOf(enterprises);
    parks = List.copyOf(parks);
  }

  /**
   * A scenario of enterprises without parks.
   *
   * @param asOf the day of the evaluation
   * @param enterprises the enterprises
   * @return the scenario
   */
  public static Scenario of(LocalDate asOf, List<Enterprise> enterprises) {
    return new Scenario(Optional.of(asOf), enterprises, List.of());
  }

  /**
   * The enterprises and parks, as the engine evaluates them.
   *
   * @return the portfolio
   */
  public Portfolio portfolio() {
    return new Portfolio(enterprises, parks);
  }

  /**
   * Only what belongs to the jurisdiction: enterprises and parks that name it, or name none. A policy
   * pays only its own city's firms, so a one-city evaluation of a mixed portfolio leaves the others out
   * (see {@link Scope#OWN_ENTERPRISES}).
   *
   * @param jurisdiction the jurisdiction
   * @return the scenario without the others
   */
  public Scenario ownedBy(JurisdictionId jurisdiction) {
    return new Scenario(asOf,
        enterprises.stream().filter(e -> belongs(e, jurisdiction)).toList(),
        parks.stream().filter(p -> p.jurisdiction().map(jurisdiction::equals).orElse(true)).toList());
  }

  /**
   * The enterprises that name another jurisdiction.
   *
   * @param jurisdiction the jurisdiction
   * @return the enterprises {@link #ownedBy} leaves out
   */
  public List<Enterprise> notOwnedBy(JurisdictionId jurisdiction) {
    return enterprises.stream().filter(e -> !belongs(e, jurisdiction)).toList();
  }

  /**
   * Whether the enterprise names this jurisdiction, or none.
   *
   * @param enterprise the enterprise
   * @param jurisdiction the jurisdiction
   * @return true if it belongs to the jurisdiction
   */
  public static boolean belongs(Enterprise enterprise, JurisdictionId jurisdiction) {
    return enterprise.jurisdiction().map(jurisdiction::equals).orElse(true);
  }

  /**
   * The same scenario as of another date (a request's date wins over the document's).
   *
   * @param date the day of the evaluation
   * @return the scenario with that date
   */
  public Scenario asOf(LocalDate date) {
    return new Scenario(Optional.of(date), enterprises, parks);
  }
}
