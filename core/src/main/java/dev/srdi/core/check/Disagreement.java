package dev.srdi.core.check;

import dev.srdi.core.parameter.ParameterId;
import dev.srdi.core.policy.Source;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parameter whose value is not a number its quote gives, with where the entry was written.
 *
 * @param id the parameter
 * @param source its table entry, where it was read from one
 * @param value its value, as its unit writes it
 * @param quote the quote it cites
 * @param found the numbers the quote gives, as written
 */
public record Disagreement(ParameterId id, Optional<Source> source, String value, String quote, List<String> found) {
  /**
   * Copies the list; rejects a missing value.
   *
   * @param id the parameter
   * @param source its table entry, if any
   * @param value its value
   * @param quote its quote
   * @param found the numbers of the quote
   */
  public Disagreement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(quote, "quote");
    found = List.copyOf(found);
  }

  /**
   * {@return e.g. "guilin/parameters.yaml:53: guilin.x: value 200000.00 is not a number of its quote “…” (it
   * gives 10万元)"}
   */
  public String message() {
    return source.map(s -> s + ": ").orElse("") + id + ": value " + value + " is not a number of its quote “" + quote
        + "” (" + (found.isEmpty() ? "it gives no number of this unit" : "it gives " + String.join(", ", found))
        + "); fix the value or the quote, or say derivedFrom: with how the value follows";
  }
}
