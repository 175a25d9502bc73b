package dev.srdi.core.parameter;

import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.Source;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A named number of a policy: an amount, a rate, a threshold, a date, with its unit, the clause it
 * comes from and its values over time. Measures read parameters, never literals, so that a what-if can
 * change any of them and a revision is a change of data. {@code derivedFrom} says, for a value the
 * quote only names (the national above-size threshold), how it follows; {@code source} is the table
 * entry it was read from, where it was.
 */
public record Parameter<T>(
    ParameterId id, String description, Unit<T> unit, Timeline<T> values, Citation citation,
    Optional<String> derivedFrom, Optional<Source> source) {

  public Parameter {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(derivedFrom, "derivedFrom");
    Objects.requireNonNull(source, "source");
  }

  public static <T> Parameter<T> of(String id, String description, Unit<T> unit, T defaultValue, Citation citation) {
    return new Parameter<>(ParameterId.of(id), description, unit, Timeline.always(defaultValue), citation,
        Optional.empty(), Optional.empty());
  }

  /** The typed handle a measure reads this parameter by. */
  public ParameterKey<T> key() {
    return new ParameterKey<>(id, unit);
  }

  public Parameter<T> withValues(Timeline<T> timeline) {
    return new Parameter<>(id, description, unit, timeline, citation, derivedFrom, source);
  }

  /** The same parameter, with how its value follows where the quote only names it. */
  public Parameter<T> derivedFrom(String derivation) {
    return new Parameter<>(id, description, unit, values, citation, Optional.of(derivation), source);
  }

  /** The most recent value the text gives: what a catalogue shows as the value. */
  public T defaultValue() {
    return values.latest();
  }

  public Optional<T> valueOn(LocalDate day) {
    return values.on(day);
  }

  public String formatDefault() {
    return unit.format(defaultValue());
  }

  /** The values over time, e.g. "100000.00 from 2020-01-01; 120000.00 from 2024-07-01". */
  public String formatHistory() {
    return values.describe(unit::format);
  }
}
