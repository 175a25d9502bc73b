package dev.srdi.api;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Park;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.policy.JurisdictionId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A parsed and validated {@code srdi-scenario/1}: the as-of date if it gives one, the enterprises and the parks. */
public record Scenario(Optional<LocalDate> asOf, List<Enterprise> enterprises, List<Park> parks) {
  public static final String SCHEMA = "srdi-scenario/1";

  public Scenario {
    Objects.requireNonNull(asOf, "asOf");
    enterprises = List.copyOf(enterprises);
    parks = List.copyOf(parks);
  }

  public static Scenario of(LocalDate asOf, List<Enterprise> enterprises) {
    return new Scenario(Optional.of(asOf), enterprises, List.of());
  }

  public Portfolio portfolio() {
    return new Portfolio(enterprises, parks);
  }

  /**
   * Only what belongs to the jurisdiction: enterprises and parks that name it, or name none. A policy
   * pays only its own city's firms, so a one-city evaluation of a mixed portfolio leaves the others out.
   */
  public Scenario ownedBy(JurisdictionId jurisdiction) {
    return new Scenario(asOf,
        enterprises.stream().filter(e -> belongs(e, jurisdiction)).toList(),
        parks.stream().filter(p -> p.jurisdiction().map(jurisdiction::equals).orElse(true)).toList());
  }

  /** The enterprises that name another jurisdiction. */
  public List<Enterprise> notOwnedBy(JurisdictionId jurisdiction) {
    return enterprises.stream().filter(e -> !belongs(e, jurisdiction)).toList();
  }

  /** Whether the enterprise names this jurisdiction, or none. */
  public static boolean belongs(Enterprise enterprise, JurisdictionId jurisdiction) {
    return enterprise.jurisdiction().map(jurisdiction::equals).orElse(true);
  }

  /** The same scenario as of another date (a command's {@code --as-of} wins over the file's). */
  public Scenario asOf(LocalDate date) {
    return new Scenario(Optional.of(date), enterprises, parks);
  }
}
