package dev.srdi.core.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A span of days from {@code from} (inclusive) to {@code until} (exclusive), either of which may be
 * unknown. An unknown edge is reported, never guessed: a date that only an unknown edge could
 * decide is {@link Placement#UNKNOWN}.
 */
public record Window(Optional<LocalDate> from, Optional<LocalDate> until, String basis) {

  public enum Placement { BEFORE, INSIDE, AFTER, UNKNOWN }

  public Window {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(basis, "basis");
    if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
      throw new IllegalArgumentException("a window must end after it starts: " + from.get() + " .. " + until.get());
    }
  }

  public static Window between(LocalDate from, LocalDate until, String basis) {
    return new Window(Optional.of(from), Optional.of(until), basis);
  }

  public static Window unknown(String basis) {
    return new Window(Optional.empty(), Optional.empty(), basis);
  }

  public boolean isFullyKnown() {
    return from.isPresent() && until.isPresent();
  }

  public Placement place(LocalDate day) {
    if (from.isPresent() && day.isBefore(from.get())) {
      return Placement.BEFORE;
    }
    if (until.isPresent() && !day.isBefore(until.get())) {
      return Placement.AFTER;
    }
    return isFullyKnown() ? Placement.INSIDE : Placement.UNKNOWN;
  }

  public String describe() {
    return from.map(LocalDate::toString).orElse("unknown") + " .. "
        + until.map(d -> d.minusDays(1).toString()).orElse("unknown") + " (" + basis + ")";
  }
}
