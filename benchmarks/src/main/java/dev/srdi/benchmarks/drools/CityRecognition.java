package dev.srdi.benchmarks.drools;

import java.time.LocalDate;

/** A city-level SRDI recognition of the enterprise in the session: its day, and whether it is new. */
public final class CityRecognition {
  private final LocalDate date;
  private final boolean newRecognition;

  public CityRecognition(LocalDate date, boolean isNew) {
    this.date = date;
    this.newRecognition = isNew;
  }

  public LocalDate getDate() {
    return date;
  }

  public boolean isNewRecognition() {
    return newRecognition;
  }
}
