package dev.srdi.core.parameter;

import java.util.List;
import java.util.Objects;

/**
 * Why a what-if's override cannot be applied to a jurisdiction. Each problem names what the user
 * wrote and says in plain words what is wrong; callers (a command line, an HTTP API) add their own
 * wording around it, so nothing here names an option or a command.
 */
public sealed interface OverrideProblem {

  /** A stable code, for programs that match problems rather than read them. */
  String code();

  /** The problem in plain words, starting with what the user wrote. */
  String message();

  /** What the override named, so that a caller can word it as its own option. */
  Subject subject();

  /** The two things an override can change. */
  enum Subject { PARAMETER, INTERPRETATION }

  /** No parameter of the jurisdiction has this id; {@code nearest} lists ids it may have meant. */
  record UnknownParameter(String id, List<String> nearest) implements OverrideProblem {
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

  /** The value cannot be read in the parameter's unit. */
  record UnreadableValue(ParameterId id, String value, String unit, String example, String reason)
      implements OverrideProblem {
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

  /** The date after '@' (the day from which the value applies) is not an ISO date. */
  record UnreadableDate(ParameterId id, String value, String date) implements OverrideProblem {
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

  /** No interpretation of the jurisdiction has this id. */
  record UnknownInterpretation(String id, List<String> nearest) implements OverrideProblem {
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

  /** The interpretation exists but offers no such choice. */
  record UnknownChoice(InterpretationId id, String choice, List<String> choices) implements OverrideProblem {
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
