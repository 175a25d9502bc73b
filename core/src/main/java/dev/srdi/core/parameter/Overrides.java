package dev.srdi.core.parameter;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A what-if's changes as the user wrote them: parameter id to value text, interpretation id to
 * choice id. They are checked against a jurisdiction's declarations by {@link Settings#resolve}.
 */
public record Overrides(Map<String, String> parameters, Map<String, String> interpretations) {
  private static final Overrides NONE = new Overrides(Map.of(), Map.of());

  public Overrides {
    parameters = Map.copyOf(Objects.requireNonNull(parameters, "parameters"));
    interpretations = Map.copyOf(Objects.requireNonNull(interpretations, "interpretations"));
  }

  public static Overrides none() {
    return NONE;
  }

  public Overrides withParameter(String id, String value) {
    var next = new TreeMap<>(parameters);
    next.put(id, value);
    return new Overrides(next, interpretations);
  }

  public Overrides withInterpretation(String id, String choice) {
    var next = new TreeMap<>(interpretations);
    next.put(id, choice);
    return new Overrides(parameters, next);
  }

  public boolean isEmpty() {
    return parameters.isEmpty() && interpretations.isEmpty();
  }
}
