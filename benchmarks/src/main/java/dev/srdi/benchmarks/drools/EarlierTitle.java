package dev.srdi.benchmarks.drools;

import java.time.LocalDate;

/** A title that, held before a first city-level recognition, excludes its award (region SRDI, national little giant). */
public final class EarlierTitle {
  private final LocalDate date;

  public EarlierTitle(LocalDate date) {
    this.date = date;
  }

  public LocalDate getDate() {
    return date;
  }
}
