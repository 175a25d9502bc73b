package dev.srdi.api;

import dev.srdi.api.json.Json;
import dev.srdi.core.engine.Fund;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One parameter (or interpretation) swept over its values, the rest of the reform held fixed: a point per
 * value, in order, each the whole portfolio evaluated under every city it names. A two-parameter grid has
 * a second axis: a point per pair of values, the first axis's values outer, the second's inner.
 *
 * @param asOf the day of the evaluation
 * @param axis what was varied
 * @param unit the parameter's unit (e.g. {@code permille}), empty for an interpretation
 * @param across the grid's second axis, if any
 * @param acrossUnit the second axis's unit, if it has one
 * @param funds every fund a point pays from, by id, with its full name
 * @param points one per value, in the axis's order
 * @param enterprises how many enterprises were evaluated (those that name a loaded city)
 */
public record Sweep(LocalDate asOf, SweepAxis axis, Optional<String> unit, Optional<SweepAxis> across,
    Optional<String> acrossUnit, List<Fund> funds, List<SweepPoint> points, int enterprises) {
  /**
   * Copies the lists; rejects a missing value.
   *
   * @param asOf the day
   * @param axis the axis
   * @param unit the unit
   * @param across the second axis, if any
   * @param acrossUnit its unit
   * @param funds the funds
   * @param points the points
   * @param enterprises the enterprises evaluated
   */
  public Sweep {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(axis, "axis");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(across, "across");
    Objects.requireNonNull(acrossUnit, "acrossUnit");
    funds = List.copyOf(funds);
    points = List.copyOf(points);
  }

  /**
   * A one-parameter sweep.
   *
   * @param asOf the day
   * @param axis the axis
   * @param unit the unit
   * @param funds the funds
   * @param points the points
   * @param enterprises the enterprises evaluated
   */
  public Sweep(LocalDate asOf, SweepAxis axis, Optional<String> unit, List<Fund> funds, List<SweepPoint> points,
      int enterprises) {
    this(asOf, axis, unit, Optional.empty(), Optional.empty(), funds, points, enterprises);
  }

  /**
   * Whether this is a two-parameter grid.
   *
   * @return true when there is a second axis
   */
  public boolean isGrid() {
    return across.isPresent();
  }

  /**
   * The sweep as JSON, indented, ending in a line break.
   *
   * @return the JSON text
   */
  public String toJson() {
    return Json.pretty(SweepDocument.of(this));
  }
}
