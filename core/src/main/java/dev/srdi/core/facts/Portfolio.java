package dev.srdi.core.facts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Enterprises and parks evaluated together: what targets and park measures count over. */
public record Portfolio(List<Enterprise> enterprises, List<Park> parks) {
  public Portfolio {
    enterprises = List.copyOf(Objects.requireNonNull(enterprises, "enterprises"));
    parks = List.copyOf(Objects.requireNonNull(parks, "parks"));
  }

  public static Portfolio of(List<Enterprise> enterprises) {
    return new Portfolio(enterprises, List.of());
  }

  public Optional<Park> park(ParkId id) {
    return parks.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
