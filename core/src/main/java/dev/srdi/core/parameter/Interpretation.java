package dev.srdi.core.parameter;

import dev.srdi.core.policy.Citation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision on how to read a clause the text leaves open, with its documented default and the alternatives a
 * what-if can switch to.
 *
 * @param id the interpretation's id, in its jurisdiction's namespace
 * @param description the question the text leaves open
 * @param citation the clause it concerns
 * @param choices the readings, at least two
 * @param defaultChoice the id of the reading used unless a what-if chooses another; one of the choices
 */
public record Interpretation(
    InterpretationId id, String description, Citation citation, List<Choice> choices, String defaultChoice) {

  /**
   * Copies the choices; checks that there are two and that the default is one of them.
   *
   * @param id the id
   * @param description the question
   * @param citation the clause
   * @param choices the readings
   * @param defaultChoice the default reading's id
   * @throws IllegalArgumentException when there are fewer than two choices or the default is not among them
   */
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

  /**
   * An interpretation from plain values.
   *
   * @param id the id, dotted lower-case words
   * @param description the question
   * @param citation the clause
   * @param defaultChoice the default reading's id
   * @param choices the readings, at least two
   * @return the interpretation
   */
  public static Interpretation of(
      String id, String description, Citation citation, String defaultChoice, Choice... choices) {
    return new Interpretation(InterpretationId.of(id), description, citation, List.of(choices), defaultChoice);
  }

  /**
   * The reading of that id.
   *
   * @param choiceId the id
   * @return the choice, or empty when the interpretation offers none of that id
   */
  public Optional<Choice> choice(String choiceId) {
    return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
  }
}
