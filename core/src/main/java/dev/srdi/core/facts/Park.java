package dev.srdi.core.facts;

import dev.srdi.core.ladder.Level;
import dev.srdi.core.policy.JurisdictionId;
import java.util.Objects;
import java.util.Optional;

/** An industrial park (产业园区); its level matters where a measure names 省级以上产业园区. */
public record Park(ParkId id, Optional<String> name, Optional<JurisdictionId> jurisdiction, Optional<Level> level) {
  public Park {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(level, "level");
  }

  public static Park of(ParkId id) {
    return new Park(id, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
