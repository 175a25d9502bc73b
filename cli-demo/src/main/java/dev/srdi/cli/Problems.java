package dev.srdi.cli;

import dev.srdi.api.Problem;
import dev.srdi.api.json.InputError;
import dev.srdi.core.parameter.OverrideProblem;
import dev.srdi.core.spi.PluginLoadException;
import io.vavr.collection.Seq;
import java.util.List;

/**
 * The command's wording of the API's problems: every one is a usage error (exit 2), and an override's
 * problem names the option it came from, as the user typed it; only a deployment without any usable
 * jurisdiction plugin is not the user's input, and fails as loading does (exit 1).
 */
public final class Problems {
  private Problems() {}

  /**
   * The problem as the command reports it: a {@link UsageException} (exit 2 with these messages on
   * stderr), or for {@link Problem.NoJurisdictionLoaded} a {@link PluginLoadException} (exit 1).
   */
  public static RuntimeException usage(Problem problem) {
    if (problem instanceof Problem.NoJurisdictionLoaded) {
      return new PluginLoadException(problem.message());
    }
    if (problem instanceof Problem.InvalidOverrides overrides) {
      return new UsageException(overrides.problems().stream().map(Problems::describe).toList());
    }
    if (problem instanceof Problem.InvalidInput input) {
      return new UsageException(input.errors().stream().map(InputError::describe).toList());
    }
    return new UsageException(List.of(problem.message()));
  }

  /** The input errors of a problem met while reading a file; any other problem reads as one error about the whole text. */
  public static Seq<InputError> inputErrors(Problem problem) {
    return problem instanceof Problem.InvalidInput input
        ? io.vavr.collection.List.ofAll(input.errors())
        : io.vavr.collection.List.of(InputError.at("", 0, problem.message()));
  }

  private static String describe(OverrideProblem problem) {
    String option = problem.subject() == OverrideProblem.Subject.PARAMETER ? "--set " : "--interpretation ";
    String hint = problem instanceof OverrideProblem.UnknownParameter ? " (see `srdi measures`)" : "";
    return option + problem.message() + hint;
  }
}
