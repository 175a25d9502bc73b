package dev.srdi.core.parameter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A parameter's values over time, as a city revises them: each step starts on a date and holds until
 * the next; a step without a value ends the parameter ("no longer in force"). Only the first step may
 * be undated: it holds for as long as its document, which is how a parameter whose text gives no date
 * of its own is written. Before a dated first step the parameter is not in force.
 */
public final class Timeline<T> {
  private final List<Step<T>> steps;
  /** The value of a timeline of one undated step (most parameters), which is in force on every day; else null. */
  private final T always;

  /**
   * One step: from its date (none: from the start) the value, or none for "no longer in force".
   *
   * @param <T> the type of the values
   * @param from the first day of the step (included); empty for an undated first step
   * @param value the value from then on; empty for "no longer in force"
   */
  public record Step<T>(Optional<LocalDate> from, Optional<T> value) {
    /**
     * Rejects a missing optional.
     *
     * @param from the first day, or empty
     * @param value the value, or empty
     */
    public Step {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(value, "value");
    }

    /**
     * "12万元 from 2024-07-01", or the value alone for an undated step.
     *
     * @param format how to write a value, e.g. its unit's format
     * @return the step in words
     */
    public String describe(Function<T, String> format) {
      String what = value.map(format).orElse("no longer in force");
      return from.map(d -> what + " from " + d).orElse(what);
    }
  }

  private Timeline(List<Step<T>> steps) {
    this.steps = List.copyOf(steps);
    if (this.steps.isEmpty()) {
      throw new IllegalArgumentException("a parameter has at least one value");
    }
    if (this.steps.get(0).value().isEmpty()) {
      throw new IllegalArgumentException("a parameter's first step has a value");
    }
    for (int i = 1; i < this.steps.size(); i++) {
      LocalDate from = this.steps.get(i).from()
          .orElseThrow(() -> new IllegalArgumentException("only the first value of a parameter may be undated"));
      Optional<LocalDate> before = this.steps.get(i - 1).from();
      if (before.isPresent() && !before.get().isBefore(from)) {
        throw new IllegalArgumentException("dated values must be in increasing order of date: " + before.get()
            + " is not before " + from);
      }
    }
    Step<T> first = this.steps.get(0);
    this.always = this.steps.size() == 1 && first.from().isEmpty() ? first.value().get() : null;
  }

  /**
   * One value for the whole life of its document.
   *
   * @param <T> the type of the values
   * @param value the value
   * @return the timeline
   */
  public static <T> Timeline<T> always(T value) {
    return new Timeline<>(List.of(new Step<>(Optional.empty(), Optional.of(value))));
  }

  /**
   * Dated steps, in increasing order of date; a checked constructor, so a bad order fails.
   *
   * @param <T> the type of the values
   * @param steps the steps; only the first may be undated, and it has a value
   * @return the timeline
   * @throws IllegalArgumentException when the steps are empty, out of order, or start without a value
   */
  public static <T> Timeline<T> of(List<Step<T>> steps) {
    return new Timeline<>(steps);
  }

  /** {@return the steps, in increasing order of date} */
  public List<Step<T>> steps() {
    return steps;
  }

  /** {@return whether the value changes over time, so that an explanation must say which one it used} */
  public boolean isRevised() {
    return steps.size() > 1;
  }

  /**
   * The step in force on the day: the last that starts on or before it; none before the first date.
   *
   * @param day the day
   * @return the step, or empty before the first dated step
   */
  public Optional<Step<T>> stepOn(LocalDate day) {
    Step<T> found = null;
    for (Step<T> step : steps) {
      if (step.from().isEmpty() || !step.from().get().isAfter(day)) {
        found = step;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The value in force on the day, if the parameter is in force then.
   *
   * @param day the day
   * @return the value, or empty before the first date or after a "no longer in force" step
   */
  public Optional<T> on(LocalDate day) {
    return Optional.ofNullable(valueOnOrNull(day));
  }

  /** {@return whether the parameter has a value on every day: one undated value, never revised nor ended} */
  boolean isInForceEveryDay() {
    return always != null;
  }

  /**
   * {@link #on} without the optional: the settings read every threshold and amount of every enterprise here.
   *
   * @param day the day
   * @return the value in force, or null when the parameter is not in force that day
   */
  T valueOnOrNull(LocalDate day) {
    if (always != null) {
      return always;
    }
    T found = null;
    for (int i = 0; i < steps.size(); i++) {
      Step<T> step = steps.get(i);
      if (step.from().isEmpty() || !step.from().get().isAfter(day)) {
        found = step.value().orElse(null);
      }
    }
    return found;
  }

  /** {@return the most recent value the text gives (a later "no longer in force" does not erase it)} */
  public T latest() {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).value().isPresent()) {
        return steps.get(i).value().get();
      }
    }
    throw new IllegalStateException("unreachable: the first step has a value");
  }

  /**
   * The same timeline, changed from the day on to the value (a what-if's {@code id=value@date}).
   *
   * @param day the first day of the new value; the steps from that day on are replaced
   * @param value the new value
   * @return the timeline
   */
  public Timeline<T> from(LocalDate day, T value) {
    var next = new ArrayList<Step<T>>();
    for (Step<T> step : steps) {
      if (step.from().isEmpty() || step.from().get().isBefore(day)) {
        next.add(step);
      }
    }
    next.add(new Step<>(Optional.of(day), Optional.of(value)));
    return new Timeline<>(next);
  }

  /**
   * The steps in words, e.g. "100000.00 from 2020-01-01; 120000.00 from 2024-07-01".
   *
   * @param format how to write a value
   * @return the description
   */
  public String describe(Function<T, String> format) {
    return String.join("; ", steps.stream().map(s -> s.describe(format)).toList());
  }

  @Override public boolean equals(Object o) {
    return o instanceof Timeline<?> other && steps.equals(other.steps);
  }

  @Override public int hashCode() {
    return steps.hashCode();
  }

  @Override public String toString() {
    return steps.toString();
  }
}
