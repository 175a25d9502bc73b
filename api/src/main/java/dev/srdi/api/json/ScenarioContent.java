package dev.srdi.api.json;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Park;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a valid {@code srdi-scenario/1} document holds: its as-of date if it gives one, the
 * enterprises and the parks, in the document's order.
 *
 * @param asOf the document's {@code asOf}, if it gives one
 * @param enterprises the enterprises
 * @param parks the parks
 */
public record ScenarioContent(Optional<LocalDate> asOf, List<Enterprise> enterprises, List<Park> parks) {
  /** Copies the lists; rejects a missing value. */
  public ScenarioContent {
    Objects.requireNonNull(asOf, "asOf");
    enterprises = List.copyOf(enterprises);
    parks = List.copyOf(parks);
  }
}
