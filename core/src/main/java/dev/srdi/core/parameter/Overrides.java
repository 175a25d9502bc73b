package dev.srdi.core.parameter;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A what-if's changes as the user wrote them: parameter id to value text, interpretation id to choice id. They
 * are checked against a jurisdiction's declarations by {@link Settings#resolve}.
 *
 * @param parameters parameter id to value text, e.g. {@code guilin.growth-award.rate} to {@code 5‰} or {@code
 *     5‰@2025-01-01}
 * @param interpretations interpretation id to choice id
 */
public record Overrides(Map<String, String> parameters, Map<String, String> interpretations) {
  private static final Overrides NONE = new Overrides(Map.of(), Map.of());

  /**
   * Copies both maps.
   *
   * @param parameters parameter id to value text
   * @param interpretations interpretation id to choice id
   */
  public Overrides {
    parameters = Map.copyOf(Objects.requireNonNull(parameters, "parameters"));
    interpretations = Map.copyOf(Objects.requireNonNull(interpretations, "interpretations"));
  }

  /** {@return no change: the defaults} */
  public static Overrides none() {
    return NONE;
  }

  /**
   * These changes and one more parameter value, replacing any earlier one for the id.
   *
   * @param id the parameter's id
   * @param value the value as written; a bare number is read in the parameter's unit
   * @return the overrides
   */
  public Overrides withParameter(String id, String value) {
    var next = new TreeMap<>(parameters);
    next.put(id, value);
    return new Overrides(next, interpretations);
  }

  /**
   * These changes and one more choice, replacing any earlier one for the id.
   *
   * @param id the interpretation's id
   * @param choice the choice's id
   * @return the overrides
   */
  public Overrides withInterpretation(String id, String choice) {
    var next = new TreeMap<>(interpretations);
    next.put(id, choice);
    return new Overrides(parameters, next);
  }

  /** {@return whether nothing is changed} */
  public boolean isEmpty() {
    return parameters.isEmpty() && interpretations.isEmpty();
  }
}
