package dev.srdi.core.parameter;

import java.util.List;
import java.util.Objects;

/**
 * Why a what-if's override cannot be applied to a jurisdiction. Each problem names what the user
 * wrote and says in plain words what is wrong; callers (a command line, an HTTP API) add their own
 * wording around it, so nothing here names an option or a command.
 */
public sealed interface OverrideProblem {

  /**
   * {@return a stable code, for programs that match problems rather than read them, e.g. {@code
   * unknown-parameter}}
   */
  String code();

  /** {@return the problem in plain words, starting with what the user wrote} */
  String message();

  /** {@return what the override named, so that a caller can word it as its own option} */
  Subject subject();

  /** The two things an override can change. */
  enum Subject {
    /** A parameter's value ({@code id=value}). */
    PARAMETER,
    /** An interpretation's choice ({@code id=choice}). */
    INTERPRETATION
  }

  /**
   * No parameter of the jurisdiction has this id; {@code nearest} lists ids it may have meant.
   *
   * @param id the id as written
   * @param nearest the declared ids nearest to it, nearest first; empty when none is near
   */
  record UnknownParameter(String id, List<String> nearest) implements OverrideProblem {
    /**
     * Copies the list; rejects a missing id.
     *
     * @param id the id as written
     * @param nearest the nearest declared ids
     */
    public UnknownParameter {
      Objects.requireNonNull(id, "id");
      nearest = List.copyOf(nearest);
    }

    @Override
    public Subject subject() {
      return Subject.PARAMETER;
    }

    @Override
    public String code() {
      return "unknown-parameter";
    }

    @Override
    public String message() {
      return id + ": no such parameter" + (nearest.isEmpty() ? "" : "; did you mean " + String.join(", ", nearest) + "?");
    }
  }

  /**
   * The value cannot be read in the parameter's unit.
   *
   * @param id the parameter
   * @param value the value as written
   * @param unit the unit the parameter reads values in, e.g. {@code permille}
   * @param example the parameter's default, written in that unit, as an example
   * @param reason what is wrong with the value
   */
  record UnreadableValue(ParameterId id, String value, String unit, String example, String reason)
      implements OverrideProblem {
    /**
     * Rejects a missing value.
     *
     * @param id the parameter
     * @param value the value as written
     * @param unit the unit expected
     * @param example an example
     * @param reason what is wrong
     */
    public UnreadableValue {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(example, "example");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Subject subject() {
      return Subject.PARAMETER;
    }

    @Override
    public String code() {
      return "unreadable-value";
    }

    @Override
    public String message() {
      return id + "=" + value + ": " + reason + " (unit: " + unit + ", e.g. " + example + ")";
    }
  }

  /**
   * The date after '@' (the day from which the value applies) is not an ISO date.
   *
   * @param id the parameter
   * @param value the override as written
   * @param date the text after '@'
   */
  record UnreadableDate(ParameterId id, String value, String date) implements OverrideProblem {
    /**
     * Rejects a missing value.
     *
     * @param id the parameter
     * @param value the override as written
     * @param date the text after '@'
     */
    public UnreadableDate {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(date, "date");
    }

    @Override
    public Subject subject() {
      return Subject.PARAMETER;
    }

    @Override
    public String code() {
      return "unreadable-date";
    }

    @Override
    public String message() {
      return id + "=" + value + ": '" + date + "' is not a date (YYYY-MM-DD, e.g. 2025-01-01), the day from which the value applies";
    }
  }

  /**
   * No interpretation of the jurisdiction has this id.
   *
   * @param id the id as written
   * @param nearest the declared ids nearest to it, nearest first; empty when none is near
   */
  record UnknownInterpretation(String id, List<String> nearest) implements OverrideProblem {
    /**
     * Copies the list; rejects a missing id.
     *
     * @param id the id as written
     * @param nearest the nearest declared ids
     */
    public UnknownInterpretation {
      Objects.requireNonNull(id, "id");
      nearest = List.copyOf(nearest);
    }

    @Override
    public Subject subject() {
      return Subject.INTERPRETATION;
    }

    @Override
    public String code() {
      return "unknown-interpretation";
    }

    @Override
    public String message() {
      return id + ": no such interpretation"
          + (nearest.isEmpty() ? "" : "; did you mean " + String.join(", ", nearest) + "?");
    }
  }

  /**
   * The interpretation exists but offers no such choice.
   *
   * @param id the interpretation
   * @param choice the choice as written
   * @param choices the ids of the choices it offers
   */
  record UnknownChoice(InterpretationId id, String choice, List<String> choices) implements OverrideProblem {
    /**
     * Copies the list; rejects a missing value.
     *
     * @param id the interpretation
     * @param choice the choice as written
     * @param choices the choices it offers
     */
    public UnknownChoice {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(choice, "choice");
      choices = List.copyOf(choices);
    }

    @Override
    public Subject subject() {
      return Subject.INTERPRETATION;
    }

    @Override
    public String code() {
      return "unknown-choice";
    }

    @Override
    public String message() {
      return id + "=" + choice + ": choose one of " + choices;
    }
  }
}
