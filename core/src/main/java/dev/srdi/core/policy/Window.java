package dev.srdi.core.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A span of days from {@code from} (inclusive) to {@code until} (exclusive), either of which may be unknown. An
 * unknown edge is reported, never guessed: a date that only an unknown edge could decide is {@link
 * Placement#UNKNOWN}.
 *
 * @param from the first day (included), if known
 * @param until the first day after the span (excluded), if known
 * @param basis where the edges come from, in words, e.g. "three years from issue"
 */
public record Window(Optional<LocalDate> from, Optional<LocalDate> until, String basis) {

  /** Where a day falls against a window. */
  public enum Placement {
    /** Before the first day. */
    BEFORE,
    /** From the first day (included) to the end (excluded). */
    INSIDE,
    /** On or after the end. */
    AFTER,
    /** Only an unknown edge could decide. */
    UNKNOWN
  }

  /**
   * Rejects a missing value and a window that ends before it starts.
   *
   * @param from the first day, if known
   * @param until the first day after, if known
   * @param basis where the edges come from
   * @throws IllegalArgumentException when {@code until} is not after {@code from}
   */
  public Window {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(basis, "basis");
    if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
      throw new IllegalArgumentException("a window must end after it starts: " + from.get() + " .. " + until.get());
    }
  }

  /**
   * A window with both edges known.
   *
   * @param from the first day (included)
   * @param until the first day after (excluded)
   * @param basis where the edges come from
   * @return the window
   */
  public static Window between(LocalDate from, LocalDate until, String basis) {
    return new Window(Optional.of(from), Optional.of(until), basis);
  }

  /**
   * A window whose edges the text does not give.
   *
   * @param basis why they are unknown, e.g. "the text gives no issue date"
   * @return the window
   */
  public static Window unknown(String basis) {
    return new Window(Optional.empty(), Optional.empty(), basis);
  }

  /** {@return whether both edges are known} */
  public boolean isFullyKnown() {
    return from.isPresent() && until.isPresent();
  }

  /**
   * Where the day falls.
   *
   * @param day the day
   * @return before, inside, after, or unknown where only an unknown edge could decide
   */
  public Placement place(LocalDate day) {
    if (from.isPresent() && day.isBefore(from.get())) {
      return Placement.BEFORE;
    }
    if (until.isPresent() && !day.isBefore(until.get())) {
      return Placement.AFTER;
    }
    return isFullyKnown() ? Placement.INSIDE : Placement.UNKNOWN;
  }

  /**
   * {@return the window in words with its last day included, e.g. "2023-02-17 .. 2026-02-16 (three years from
   * issue)"}
   */
  public String describe() {
    return from.map(LocalDate::toString).orElse("unknown") + " .. "
        + until.map(d -> d.minusDays(1).toString()).orElse("unknown") + " (" + basis + ")";
  }
}
