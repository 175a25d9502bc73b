package dev.srdi.jurisdictions.xiangxiang;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The values a measure makes for every year of an enterprise's figures (the year's 31 December, the year of a
 * rejection), made once per year instead: the pools assess every year of every enterprise, and an
 * {@code Optional.of(2024)} boxes a fresh {@code Integer} each time. Kept in a slot per year of the century: a
 * portfolio's years span a few decades, so two of them seldom share a slot, and when they do the slot is made
 * again. The values are immutable, so threads that race on a slot only make it twice.
 */
public final class Years {
  private static final int SLOTS = 100;
  private static final LocalDate[] ENDS = new LocalDate[SLOTS];
  @SuppressWarnings("unchecked")
  private static final Optional<Integer>[] OPTIONALS = (Optional<Integer>[]) new Optional<?>[SLOTS];

  private Years() {}

  /** {@return 31 December of the year} */
  public static LocalDate end(int year) {
    int slot = Math.floorMod(year, SLOTS);
    LocalDate end = ENDS[slot];
    if (end == null || end.getYear() != year) {
      end = LocalDate.of(year, 12, 31);
      ENDS[slot] = end;
    }
    return end;
  }

  /** {@return the year as a rejection's {@code year}} */
  public static Optional<Integer> of(int year) {
    int slot = Math.floorMod(year, SLOTS);
    Optional<Integer> of = OPTIONALS[slot];
    if (of == null || of.get() != year) {
      of = Optional.of(year);
      OPTIONALS[slot] = of;
    }
    return of;
  }
}
