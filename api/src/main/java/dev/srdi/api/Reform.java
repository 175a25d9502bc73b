package dev.srdi.api;

import dev.srdi.core.parameter.Overrides;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reform as an analyst writes it down ({@code srdi-reform/1}, YAML or JSON): a title, a
 * description, parameter overrides (each for the whole history or from a date on, as the parameter
 * tables date their values), interpretation choices, and budgets to hold the cost against.
 *
 * @param title what the reform is called
 * @param description what it is for, in the analyst's words
 * @param overrides the parameters and interpretations it changes, in the text a what-if takes
 *     ({@code 5‰}, or {@code 5‰@2025-01-01} from that day on)
 * @param budgets the budgets, in the file's order
 */
public record Reform(Optional<String> title, Optional<String> description, Overrides overrides, List<Budget> budgets) {
  /**
   * Copies the list; rejects a missing value.
   *
   * @param title what the reform is called
   * @param description what it is for
   * @param overrides the changes
   * @param budgets the budgets
   */
  public Reform {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(overrides, "overrides");
    budgets = List.copyOf(budgets);
  }

  /**
   * The reform that changes nothing and has no budget.
   *
   * @return the empty reform
   */
  public static Reform none() {
    return new Reform(Optional.empty(), Optional.empty(), Overrides.none(), List.of());
  }

  /**
   * This reform and another together, for several reform files: the other's title and description
   * are kept only where this one has none, its budgets follow these.
   *
   * @param other the other reform
   * @return both, or the names (parameter or interpretation ids, budgets as fund@year) that both set:
   *     a name set twice is a mistake, never settled by order
   */
  public io.vavr.control.Either<List<String>, Reform> and(Reform other) {
    var twice = new ArrayList<String>();
    Overrides merged = overrides;
    for (var e : other.overrides.parameters().entrySet()) {
      if (overrides.parameters().containsKey(e.getKey())) {
        twice.add(e.getKey());
      }
      merged = merged.withParameter(e.getKey(), e.getValue());
    }
    for (var e : other.overrides.interpretations().entrySet()) {
      if (overrides.interpretations().containsKey(e.getKey())) {
        twice.add(e.getKey());
      }
      merged = merged.withInterpretation(e.getKey(), e.getValue());
    }
    for (Budget b : other.budgets) {
      if (budgets.stream().anyMatch(mine -> mine.fund().equals(b.fund()) && mine.year().equals(b.year()))) {
        twice.add("budget " + b.fund() + b.year().map(y -> "@" + y).orElse(""));
      }
    }
    if (!twice.isEmpty()) {
      return io.vavr.control.Either.left(List.copyOf(twice));
    }
    var allBudgets = new ArrayList<>(budgets);
    allBudgets.addAll(other.budgets);
    return io.vavr.control.Either.right(new Reform(title.or(other::title), description.or(other::description), merged,
        allBudgets));
  }
}
