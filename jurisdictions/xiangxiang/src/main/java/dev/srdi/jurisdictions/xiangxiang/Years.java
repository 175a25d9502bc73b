package dev.srdi.jurisdictions.xiangxiang;

import java.time.LocalDate;

/**
 * The 31 December of each year of an enterprise's figures, made once per year instead: the pools assess every
 * year of every enterprise on its last day. Kept in a slot per year of the century: a portfolio's years span a
 * few decades, so two of them seldom share a slot, and when they do the slot is made again. A {@code LocalDate}
 * is immutable, so threads that race on a slot only make it twice.
 */
public final class Years {
  private static final int SLOTS = 100;
  private static final LocalDate[] ENDS = new LocalDate[SLOTS];

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
}
