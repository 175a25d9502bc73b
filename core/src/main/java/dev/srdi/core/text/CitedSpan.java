package dev.srdi.core.text;

import java.util.Objects;
import java.util.Optional;

/**
 * A citing entry with the place of its quote in the clause: empty when the clause's words do not hold
 * the quote (the test kit fails such a plugin).
 *
 * @param entry what cites the clause
 * @param span where its quote stands
 */
public record CitedSpan(Citing entry, Optional<QuotedSpan> span) {
  /**
   * Rejects a missing value.
   *
   * @param entry what cites the clause
   * @param span where its quote stands, if found
   */
  public CitedSpan {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(span, "span");
  }
}
