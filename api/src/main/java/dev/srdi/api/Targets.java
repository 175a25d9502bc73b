package dev.srdi.api;

import dev.srdi.api.json.Json;
import dev.srdi.api.json.TargetsJson;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.target.TargetReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Each target of a jurisdiction for one year: required, reached, gap and status, counted over the
 * scenario's enterprises in the {@link Scope}.
 *
 * @param jurisdiction the jurisdiction
 * @param year the year the report is for
 * @param asOf the day of the evaluation
 * @param reports one report per target, in the jurisdiction's order
 * @param settings the settings the targets were read under (the jurisdiction's defaults)
 * @param leftOut the enterprises not counted because they name another jurisdiction
 */
public record Targets(
    Jurisdiction jurisdiction, int year, LocalDate asOf, List<TargetReport> reports, Settings settings,
    List<Enterprise> leftOut) {

  /** Copies the lists; rejects a missing value. */
  public Targets {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(asOf, "asOf");
    reports = List.copyOf(reports);
    Objects.requireNonNull(settings, "settings");
    leftOut = List.copyOf(leftOut);
  }

  /**
   * The targets document, indented, ending in a line break.
   *
   * @return the JSON text
   */
  public String toJson() {
    return Json.pretty(TargetsJson.of(jurisdiction.id().value(), year, asOf, reports, settings, leftOut));
  }
}
