package dev.srdi.core.parameter;

import dev.srdi.core.policy.Citation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision on how to read a clause the text leaves open, with its documented default and the
 * alternatives a what-if can switch to.
 */
public record Interpretation(
    InterpretationId id, String description, Citation citation, List<Choice> choices, String defaultChoice) {

  public Interpretation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(citation, "citation");
    choices = List.copyOf(choices);
    Objects.requireNonNull(defaultChoice, "defaultChoice");
    if (choices.size() < 2) {
      throw new IllegalArgumentException(id + ": an interpretation offers at least two choices");
    }
    if (choices.stream().noneMatch(c -> c.id().equals(defaultChoice))) {
      throw new IllegalArgumentException(id + ": the default '" + defaultChoice + "' is not one of the choices");
    }
  }

  public static Interpretation of(
      String id, String description, Citation citation, String defaultChoice, Choice... choices) {
    return new Interpretation(InterpretationId.of(id), description, citation, List.of(choices), defaultChoice);
  }

  public Optional<Choice> choice(String choiceId) {
    return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
  }
}
