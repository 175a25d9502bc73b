package dev.srdi.core.parameter;

import dev.srdi.core.policy.Citation;
import java.util.Objects;

/**
 * A named number of a policy: an amount, a rate, a threshold, a date, with its unit and the clause
 * it comes from. Measures read parameters, never literals, so that a what-if can change any of them.
 */
public record Parameter<T>(ParameterId id, String description, Unit<T> unit, T defaultValue, Citation citation) {
  public Parameter {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(citation, "citation");
  }

  public static <T> Parameter<T> of(String id, String description, Unit<T> unit, T defaultValue, Citation citation) {
    return new Parameter<>(ParameterId.of(id), description, unit, defaultValue, citation);
  }

  public String formatDefault() {
    return unit.format(defaultValue);
  }
}
