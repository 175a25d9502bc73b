package dev.srdi.core.parameter;

import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.Source;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A named number of a policy: an amount, a rate, a threshold, a date, with its unit, the clause it comes from
 * and its values over time. Measures read parameters, never literals, so that a what-if can change any of them
 * and a revision is a change of data. {@code derivedFrom} says, for a value the quote only names (the national
 * above-size threshold), how it follows; {@code source} is the table entry it was read from, where it was.
 *
 * @param <T> the type of the parameter's values, fixed by its unit
 * @param id the id, the jurisdiction's first
 * @param description what the number is, in words
 * @param unit its unit, which fixes how a what-if value is read
 * @param values its values over time
 * @param citation the clause that states it
 * @param derivedFrom how it follows, where the quote only names it
 * @param source the table entry it was read from, where it was
 */
public record Parameter<T>(
    ParameterId id, String description, Unit<T> unit, Timeline<T> values, Citation citation,
    Optional<String> derivedFrom, Optional<Source> source) {

  /**
   * Rejects a missing value.
   *
   * @param id the id
   * @param description what it is
   * @param unit its unit
   * @param values its values over time
   * @param citation the clause
   * @param derivedFrom how it follows, if the quote only names it
   * @param source its table entry, if any
   */
  public Parameter {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(derivedFrom, "derivedFrom");
    Objects.requireNonNull(source, "source");
  }

  /**
   * A parameter with one value for its document's whole life, not read from a table.
   *
   * @param <T> the type of the parameter's values, fixed by its unit
   * @param id the id, dotted lower-case words
   * @param description what it is
   * @param unit its unit
   * @param defaultValue its value
   * @param citation the clause that states it
   * @return the parameter
   */
  public static <T> Parameter<T> of(String id, String description, Unit<T> unit, T defaultValue, Citation citation) {
    return new Parameter<>(ParameterId.of(id), description, unit, Timeline.always(defaultValue), citation,
        Optional.empty(), Optional.empty());
  }

  /** {@return the typed handle a measure reads this parameter by: its id and unit} */
  public ParameterKey<T> key() {
    return new ParameterKey<>(id, unit);
  }

  /**
   * The same parameter with other values over time.
   *
   * @param timeline the values
   * @return the parameter
   */
  public Parameter<T> withValues(Timeline<T> timeline) {
    return new Parameter<>(id, description, unit, timeline, citation, derivedFrom, source);
  }

  /**
   * The same parameter, with how its value follows where the quote only names it.
   *
   * @param derivation how it follows, in words
   * @return the parameter
   */
  public Parameter<T> derivedFrom(String derivation) {
    return new Parameter<>(id, description, unit, values, citation, Optional.of(derivation), source);
  }

  /** {@return the most recent value the text gives: what a catalogue shows as the value} */
  public T defaultValue() {
    return values.latest();
  }

  /**
   * The text's value in force on the day (no what-if applied).
   *
   * @param day the day
   * @return the value, or empty when the parameter is not in force then
   */
  public Optional<T> valueOn(LocalDate day) {
    return values.on(day);
  }

  /** {@return the default value written in the unit, e.g. "3‰", as a what-if would write it} */
  public String formatDefault() {
    return unit.format(defaultValue());
  }

  /** {@return the values over time, e.g. "100000.00 from 2020-01-01; 120000.00 from 2024-07-01"} */
  public String formatHistory() {
    return values.describe(unit::format);
  }
}
