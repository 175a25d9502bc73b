package dev.srdi.core.measure;

import java.util.Optional;

/**
 * The year of a rejection as the optional {@link NotEligible#year()} holds, shared: nearly every rejection has a
 * year, most of them one of a few dozen, and an {@code Optional} of an {@code Integer} above 127 was two
 * objects for each. Optionals compare by value, so a shared one reads exactly as a new one.
 */
final class OptionalYears {
  private static final int FIRST = 1900;
  private static final int LAST = 2199;
  @SuppressWarnings("unchecked")
  private static final Optional<Integer>[] SHARED = (Optional<Integer>[]) new Optional<?>[LAST - FIRST + 1];

  static {
    for (int y = FIRST; y <= LAST; y++) {
      SHARED[y - FIRST] = Optional.of(y);
    }
  }

  private OptionalYears() {}

  /** {@return the year as an optional: a shared one inside 1900–2199, a new one outside} */
  static Optional<Integer> of(int year) {
    return year >= FIRST && year <= LAST ? SHARED[year - FIRST] : Optional.of(year);
  }
}
