package dev.srdi.core.parameter;

import java.util.Objects;

/**
 * A measure's typed handle on a parameter whose values live in the city's tables: the id and the unit it must
 * have, so that a measure cannot read a rate as an amount, and a table whose entry has another unit, or lacks
 * the entry, fails when the plugin loads.
 *
 * @param <T> the type of the parameter's values, fixed by its unit
 * @param id the parameter's id
 * @param unit the unit its table entry must have
 */
public record ParameterKey<T>(ParameterId id, Unit<T> unit) {
  /**
   * Rejects a missing value.
   *
   * @param id the id
   * @param unit the unit
   */
  public ParameterKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(unit, "unit");
  }

  /**
   * A key.
   *
   * @param <T> the type of the parameter's values, fixed by its unit
   * @param id the parameter's id, dotted lower-case words
   * @param unit the unit it must have
   * @return the key
   */
  public static <T> ParameterKey<T> of(String id, Unit<T> unit) {
    return new ParameterKey<>(ParameterId.of(id), unit);
  }

  @Override public String toString() {
    return id + " (" + unit + ")";
  }
}
