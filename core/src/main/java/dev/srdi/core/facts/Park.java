package dev.srdi.core.facts;

import dev.srdi.core.ladder.Level;
import dev.srdi.core.policy.JurisdictionId;
import java.util.Objects;
import java.util.Optional;

/**
 * An industrial park (产业园区); its level matters where a measure names 省级以上产业园区.
 *
 * @param id the park's id as the scenario gives it
 * @param name its name, if given
 * @param jurisdiction the city it belongs to, if given; a one-city run takes the parks that name it or none
 * @param level the level that recognised it, if given
 */
public record Park(ParkId id, Optional<String> name, Optional<JurisdictionId> jurisdiction, Optional<Level> level) {
  /**
   * Rejects a missing optional.
   *
   * @param id the id
   * @param name its name
   * @param jurisdiction its city
   * @param level its level
   */
  public Park {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(level, "level");
  }

  /**
   * A park known by its id only.
   *
   * @param id the id
   * @return the park
   */
  public static Park of(ParkId id) {
    return new Park(id, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
