package dev.srdi.core.facts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Enterprises and parks evaluated together: what targets and park measures count over.
 *
 * @param enterprises the enterprises, in the scenario's order
 * @param parks the parks, in the scenario's order
 */
public record Portfolio(List<Enterprise> enterprises, List<Park> parks) {
  /**
   * Copies both lists.
   *
   * @param enterprises the enterprises
   * @param parks the parks
   */
  public Portfolio {
    enterprises = List.copyOf(Objects.requireNonNull(enterprises, "enterprises"));
    parks = List.copyOf(Objects.requireNonNull(parks, "parks"));
  }

  /**
   * Enterprises without parks.
   *
   * @param enterprises the enterprises
   * @return the portfolio
   */
  public static Portfolio of(List<Enterprise> enterprises) {
    return new Portfolio(enterprises, List.of());
  }

  /**
   * The park of that id.
   *
   * @param id the id an enterprise names
   * @return the park, or empty when the scenario does not declare it
   */
  public Optional<Park> park(ParkId id) {
    return parks.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
