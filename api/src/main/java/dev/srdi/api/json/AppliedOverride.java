package dev.srdi.api.json;

import java.util.Objects;
import java.util.Optional;

/**
 * One what-if override as it was applied: what was given, the value it was read as (in the
 * parameter's unit), and the default it replaced. A bare number for a rate reads in the rate's own
 * unit ({@code 5} is 5‰ for a permille parameter), so the echo shows what the number meant.
 *
 * @param kind what the override changed
 * @param id the parameter's or interpretation's id
 * @param given the text as given, e.g. {@code 80万}
 * @param value the value as read, formatted in its unit, e.g. {@code 800000.00} or {@code 5‰}
 * @param unit the parameter's unit (e.g. {@code yuan}, {@code permille}); empty for an interpretation
 * @param replaced the default it replaced, formatted the same way
 */
public record AppliedOverride(Kind kind, String id, String given, String value, Optional<String> unit, String replaced) {
  /** What an override changes. */
  public enum Kind {
    /** A parameter: an amount, rate, count, date or factor. */
    PARAMETER,
    /** An interpretation: one of its declared choices. */
    INTERPRETATION
  }

  /** Rejects a missing value. */
  public AppliedOverride {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(given, "given");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(replaced, "replaced");
  }
}
