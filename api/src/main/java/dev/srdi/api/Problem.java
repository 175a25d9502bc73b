package dev.srdi.api;

import dev.srdi.api.json.InputError;
import dev.srdi.core.parameter.OverrideProblem;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Why the facade could not answer, as a value: every method of {@link Srdi} that can fail returns
 * one of these on the left of an {@code Either}, never {@code null} and never an exception. Each
 * problem has a stable {@link #code()} for programs and a {@link #message()} in plain words for
 * people; neither names a command-line option, so that a portal can show the message as it is or
 * word the problem its own way.
 */
public sealed interface Problem
    permits Problem.NoInput, Problem.InvalidInput, Problem.UnknownJurisdiction, Problem.JurisdictionNotLoaded,
    Problem.NoJurisdictionLoaded, Problem.MissingAsOf,
        Problem.InvalidOverrides {

  /**
   * A stable code, for programs that match problems rather than read them.
   *
   * @return e.g. {@code invalid-input}
   */
  String code();

  /**
   * The problem in plain words.
   *
   * @return a sentence without a trailing full stop
   */
  String message();

  /**
   * A required argument was {@code null}: the facade never takes one.
   *
   * @param what the argument that was missing, e.g. {@code scenario}
   */
  record NoInput(String what) implements Problem {
    /**
     * Rejects a missing name.
     *
     * @param what the argument that was missing, e.g. {@code scenario}
     */
    public NoInput {
      Objects.requireNonNull(what, "what");
    }

    @Override public String code() {
      return "no-input";
    }

    @Override public String message() {
      return "no " + what + " was given";
    }
  }

  /**
   * The scenario (or a JSON Lines record) is not a valid {@code srdi-scenario/1}: every error, in
   * the order of the text (by line, then by JSON path), each with its JSON path and line.
   *
   * @param errors at least one error
   */
  record InvalidInput(List<InputError> errors) implements Problem {
    /**
     * Sorts the errors in the order of the text.
     *
     * @param errors at least one error
     */
    public InvalidInput {
      errors = errors.stream().sorted().toList();
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("an invalid input has at least one error");
      }
    }

    @Override public String code() {
      return "invalid-input";
    }

    @Override public String message() {
      return "invalid input (" + errors.size() + (errors.size() == 1 ? " error" : " errors") + "): "
          + errors.stream().map(InputError::describe).collect(Collectors.joining("; "));
    }
  }

  /**
   * No loaded jurisdiction has this id.
   *
   * @param id what was asked for
   * @param known the ids of the loaded jurisdictions, in order
   */
  record UnknownJurisdiction(String id, List<String> known) implements Problem {
    /**
     * Copies the list; rejects a missing value.
     *
     * @param id what was asked for
     * @param known the ids of the loaded jurisdictions, in order
     */
    public UnknownJurisdiction {
      Objects.requireNonNull(id, "id");
      known = List.copyOf(known);
    }

    @Override public String code() {
      return "unknown-jurisdiction";
    }

    @Override public String message() {
      return "unknown jurisdiction '" + id + "'; known: " + String.join(", ", known);
    }
  }

  /**
   * A plugin of that id was found but could not be loaded (it threw while loading, or its declarations
   * are inconsistent); the other jurisdictions are loaded and answer as usual.
   *
   * @param id what was asked for
   * @param reason why its plugin failed to load
   */
  record JurisdictionNotLoaded(String id, String reason) implements Problem {
    /**
     * Rejects a missing value.
     *
     * @param id what was asked for
     * @param reason why its plugin failed to load
     */
    public JurisdictionNotLoaded {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(reason, "reason");
    }

    @Override public String code() {
      return "jurisdiction-not-loaded";
    }

    @Override public String message() {
      return "jurisdiction '" + id + "' failed to load: " + reason;
    }
  }

  /**
   * No jurisdiction is loaded at all: the deployment has no usable plugin (none was found, or every one
   * failed to load, two claiming one id included). Every question that needs a jurisdiction answers
   * this, except one about an id whose plugin failed, which answers {@link JurisdictionNotLoaded}.
   *
   * @param failures each plugin that was found and failed, as "id (provider class): reason", in the
   *     order of the provider classes; empty when no plugin was found
   */
  record NoJurisdictionLoaded(List<String> failures) implements Problem {
    /**
     * Copies the list.
     *
     * @param failures each plugin that was found and failed; empty when none was found
     */
    public NoJurisdictionLoaded {
      failures = List.copyOf(failures);
    }

    @Override public String code() {
      return "no-jurisdiction-loaded";
    }

    @Override public String message() {
      return failures.isEmpty()
          ? "no jurisdiction is loaded: no jurisdiction plugin was found"
          : "no jurisdiction is loaded; these plugins failed to load: " + String.join("; ", failures);
    }
  }

  /** The scenario gives no {@code asOf} date, and none was given with the request. */
  record MissingAsOf() implements Problem {
    @Override public String code() {
      return "missing-as-of";
    }

    @Override public String message() {
      return "the scenario has no asOf date; give one in the scenario or with the request";
    }
  }

  /**
   * One or more what-if overrides cannot be applied: an unknown parameter or interpretation (with the
   * nearest ids), a value not readable in the parameter's unit (with the unit and an example), or a
   * choice the interpretation does not offer. Each keeps its own stable code.
   *
   * @param problems at least one, in the order the overrides were given
   */
  record InvalidOverrides(List<OverrideProblem> problems) implements Problem {
    /**
     * Copies the list; rejects an empty one.
     *
     * @param problems at least one, in the order the overrides were given
     */
    public InvalidOverrides {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("invalid overrides need at least one problem");
      }
    }

    @Override public String code() {
      return "invalid-overrides";
    }

    @Override public String message() {
      return problems.stream().map(OverrideProblem::message).collect(Collectors.joining("; "));
    }
  }
}
